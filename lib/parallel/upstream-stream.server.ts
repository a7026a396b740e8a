import "server-only";
import { sendUpstream } from "./upstream-client.server";
import { upstreamFailure } from "./upstream-errors";
import type { UpstreamRequest } from "./upstream-request";
import type { UpstreamStream } from "./upstream-stream";

/**
 * Opens an upstream stream (runs, events) through the one client, asking for SSE. No answer timeout:
 * a stream may stay quiet for as long as its group does, so only the caller's signal ends it. Over
 * fetch, like JSON calls: a `node:http` client relayed no faster in B1 (see BENCHMARKS.md).
 */
export async function openUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const response = await sendUpstream({ ...request, headers: { accept: "text/event-stream", ...request.headers } }, null);
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  return {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    // Node's web streams are async iterable; the DOM typings do not say so.
    body: body as unknown as AsyncIterable<Uint8Array>,
    text: () => response.text(),
    cancel: () => void body.cancel().catch(() => undefined),
  };
}

/** `openUpstreamStream` that answers only a 2xx; any other status is the upstream's error, status and body kept. */
export async function openOkUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const stream = await openUpstreamStream(request);
  if (!stream.ok) throw upstreamFailure(stream.status, await stream.text().catch(() => ""));
  return stream;
}
