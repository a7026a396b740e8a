import "server-only";
import { isRedirect, networkErrorCause, upstreamFailure, upstreamRedirected, upstreamUnreachable } from "./upstream-errors";
import type { UpstreamRequest } from "./upstream-request";
import type { UpstreamStream } from "./upstream-stream";
import { upstreamHeaders, upstreamUrl } from "./upstream-target";

/**
 * Opens an upstream stream (runs, events): the one URL builder and header set, never a redirect, the
 * one error mapping. No timeout: a stream may stay quiet for as long as its group does, so only the
 * caller's signal ends it. Over fetch: a `node:http` client cost next-server 57% more CPU per
 * relayed event in B1 (11.8 against 7.5 µs), see BENCHMARKS.md.
 */
export async function openUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const { target, method = "GET", signal } = request;
  const url = upstreamUrl(target, request.path, request.query, request.prefix);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: upstreamHeaders(target, { accept: "text/event-stream", ...request.headers }),
      body: request.body,
      signal,
      redirect: "manual",
      cache: "no-store",
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw upstreamUnreachable(target.baseUrl, networkErrorCause(error));
  }
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  const cancel = () => void body.cancel().catch(() => undefined);
  if (isRedirect(response.status)) {
    cancel();
    throw upstreamRedirected(url, response.status, response.headers.get("location"));
  }
  return {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    // Node's web streams are async iterable; the DOM typings do not say so.
    body: body as unknown as AsyncIterable<Uint8Array>,
    text: () => response.text(),
    cancel,
  };
}

/** `openUpstreamStream` that answers only a 2xx; any other status is the upstream's error, status and body kept. */
export async function openOkUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const stream = await openUpstreamStream(request);
  if (!stream.ok) throw upstreamFailure(stream.status, await stream.text().catch(() => ""));
  return stream;
}
