import "server-only";
import { consoleMetrics } from "../ops/console-metrics";
import { routeTemplateOf } from "../ops/route-template";
import { isRedirect, networkErrorCause, noAnswerWithin, upstreamFailure, upstreamRedirected, upstreamUnreachable } from "./upstream-errors";
import type { UpstreamRequest } from "./upstream-request";
import { upstreamHeaders, upstreamUrl } from "./upstream-target";

// The one client of the Task Group API: JSON calls here, streams in upstream-stream.server.ts, both
// through `sendUpstream`, so every call gets the one URL builder and header set, never follows a
// redirect, and fails in one way.

/**
 * How long the upstream may take to answer a JSON call (connect, sending the body, headers): the
 * official SDK's own default, so an add-runs call of 32 MiB still has time to go up. Its body is then
 * read at the caller's pace, ended only by the caller's signal. A long poll asks for more (`answerTimeoutMs`).
 */
export const UPSTREAM_ANSWER_TIMEOUT_MS = 60_000;

export interface UpstreamCall extends UpstreamRequest {
  answerTimeoutMs?: number;
}

/**
 * The one `fetch` that carries the key. `answerTimeoutMs` bounds the wait for the answer's headers
 * (null: none, for streams, which only their caller ends). An upstream that cannot be reached or does
 * not answer in time, and a redirect, are AppErrors (502); any status is returned as it came.
 */
export async function sendUpstream(request: UpstreamRequest, answerTimeoutMs: number | null): Promise<Response> {
  const { target, method = "GET", json, signal } = request;
  const url = upstreamUrl(target, request.path, request.query, request.prefix);
  const deadline = new AbortController();
  const timer = answerTimeoutMs === null ? undefined : setTimeout(() => deadline.abort(), answerTimeoutMs);
  const headers = upstreamHeaders(
    target,
    json === undefined ? request.headers : { ...request.headers, "content-type": "application/json" },
  );
  const observe = consoleMetrics().upstreamRequestSeconds.startTimer({ route: routeTemplateOf(request.path), method });
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: json === undefined ? request.body : JSON.stringify(json),
      signal: answerTimeoutMs === null ? signal : signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal,
      redirect: "manual",
      cache: "no-store",
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    observe({ status: "unreachable" });
    const timedOut = answerTimeoutMs !== null && deadline.signal.aborted;
    throw upstreamUnreachable(target.baseUrl, timedOut ? noAnswerWithin(answerTimeoutMs) : networkErrorCause(error));
  } finally {
    clearTimeout(timer);
  }
  observe({ status: String(response.status) });
  if (isRedirect(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    throw upstreamRedirected(url, response.status, response.headers.get("location"));
  }
  return response;
}

/** A JSON call's answer whatever its status (the gateway relays it as it came). */
export function requestUpstream(call: UpstreamCall): Promise<Response> {
  return sendUpstream(call, call.answerTimeoutMs ?? UPSTREAM_ANSWER_TIMEOUT_MS);
}

/** `requestUpstream` that answers only a 2xx; any other status is the upstream's error, status and body kept. */
export async function openUpstream(call: UpstreamCall): Promise<Response> {
  const response = await requestUpstream(call);
  if (!response.ok) throw upstreamFailure(response.status, await response.text().catch(() => ""));
  return response;
}

/** `openUpstream` for JSON answers. */
export async function callUpstream<T>(call: UpstreamCall): Promise<T> {
  const response = await openUpstream(call);
  return (await response.json()) as T;
}
