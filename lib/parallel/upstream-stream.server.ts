import "server-only";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isRedirect, networkErrorCause, upstreamFailure, upstreamRedirected, upstreamUnreachable } from "./upstream-errors";
import type { UpstreamRequest } from "./upstream-request";
import type { UpstreamStream } from "./upstream-stream";
import { upstreamHeaders, upstreamUrl } from "./upstream-target";

/**
 * Opens an upstream stream (runs, events): the one URL builder and header set, never a redirect, the
 * one error mapping. No timeout: a stream may stay quiet for as long as its group does, so only the
 * caller's signal ends it.
 */
export async function openUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const { target, method = "GET", signal } = request;
  const url = upstreamUrl(target, request.path, request.query, request.prefix);
  const headers = upstreamHeaders(target, { accept: "text/event-stream", ...request.headers });
  let stream: UpstreamStream;
  try {
    stream = await (process.env.CONSOLE_STREAM_TRANSPORT === "fetch" ? fetchStream : nodeHttpStream)(
      url,
      method,
      headers,
      request.body,
      signal,
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    throw upstreamUnreachable(target.baseUrl, networkErrorCause(error));
  }
  if (isRedirect(stream.status)) {
    stream.cancel();
    throw upstreamRedirected(url, stream.status, stream.headers.get("location"));
  }
  return stream;
}

/** `openUpstreamStream` that answers only a 2xx; any other status is the upstream's error, status and body kept. */
export async function openOkUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const stream = await openUpstreamStream(request);
  if (!stream.ok) throw upstreamFailure(stream.status, await stream.text().catch(() => ""));
  return stream;
}

// node:http rather than fetch: a relayed event then crosses no web stream on its way in (B1).
function nodeHttpStream(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
): Promise<UpstreamStream> {
  const transport = url.startsWith("https:") ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method, headers, signal }, (res) => resolve(incomingStream(res)));
    req.on("error", reject);
    req.end(body);
  });
}

function incomingStream(res: IncomingMessage): UpstreamStream {
  // A break is seen by whoever reads the body; nobody reading must not crash the process.
  res.on("error", () => undefined);
  const status = res.statusCode ?? 0;
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const body = { [Symbol.asyncIterator]: () => everythingBuffered(res) };
  return {
    status,
    ok: status >= 200 && status < 300,
    headers,
    body,
    text: async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of body) chunks.push(chunk);
      return Buffer.concat(chunks).toString("utf8");
    },
    cancel: () => res.destroy(),
  };
}

/**
 * The body as it arrives, each step everything buffered so far in one piece: an upstream that writes
 * event by event would otherwise cost the relay a step (a parse, a write to the client) per event.
 */
async function* everythingBuffered(res: IncomingMessage): AsyncGenerator<Uint8Array> {
  for (;;) {
    const chunk = res.read() as Buffer | null;
    if (chunk !== null) {
      yield chunk;
      continue;
    }
    if (res.errored) throw res.errored;
    if (res.readableEnded) return;
    if (res.destroyed) throw new Error("the upstream connection closed before the end of the body");
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off("readable", done).off("end", done).off("close", done).off("error", done);
        resolve();
      };
      res.on("readable", done).on("end", done).on("close", done).on("error", done);
    });
  }
}

async function fetchStream(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  signal: AbortSignal | undefined,
): Promise<UpstreamStream> {
  const response = await fetch(url, { method, headers, body, signal, redirect: "manual", cache: "no-store" });
  const responseBody = response.body;
  return {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    body: (responseBody ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() })) as unknown as AsyncIterable<Uint8Array>,
    text: () => response.text(),
    cancel: () => void responseBody?.cancel().catch(() => undefined),
  };
}
