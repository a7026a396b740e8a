import "server-only";
import { sendUpstream } from "./upstream-client.server";
import { upstreamFailure } from "./upstream-errors";
import type { UpstreamRequest } from "./upstream-request";
import { upstreamStreamOf, type UpstreamStream } from "./upstream-stream";

/**
 * Opens an upstream stream (runs, events) through the one client, asking for SSE. No answer timeout:
 * a stream may stay quiet for as long as its group does, so only the caller's signal ends it. Over
 * fetch, like JSON calls: a `node:http` client relayed no faster in B1 (see BENCHMARKS.md).
 */
export async function openUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const response = await sendUpstream({ ...request, headers: { accept: "text/event-stream", ...request.headers } }, null);
  return upstreamStreamOf(response);
}

/** `openUpstreamStream` that answers only a 2xx; any other status is the upstream's error, status and body kept. */
export async function openOkUpstreamStream(request: UpstreamRequest): Promise<UpstreamStream> {
  const stream = await openUpstreamStream(request);
  if (!stream.ok) throw upstreamFailure(stream.status, await stream.text().catch(() => ""));
  return stream;
}
