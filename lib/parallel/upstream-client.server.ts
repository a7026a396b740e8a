import "server-only";
import { isRedirect, networkErrorCause, noAnswerWithin, upstreamFailure, upstreamRedirected, upstreamUnreachable } from "./upstream-errors";
import type { UpstreamRequest } from "./upstream-request";
import { upstreamHeaders, upstreamUrl } from "./upstream-target";

// The one client for JSON calls to the Task Group API (streams: upstream-stream.server.ts). Every
// call gets the one URL builder, the one header set, never follows a redirect, and fails in one way.

/**
 * How long the upstream may take to answer a JSON call (connect, sending the body, headers): the
 * official SDK's own default, so an add-runs call of 32 MiB still has time to go up. Its body is then
 * read at the caller's pace, ended only by the caller's signal. A long poll asks for more (`answerTimeoutMs`).
 */
export const UPSTREAM_ANSWER_TIMEOUT_MS = 60_000;

export interface UpstreamCall extends UpstreamRequest {
  answerTimeoutMs?: number;
}

/** The upstream's answer whatever its status; an unreachable upstream or a redirect is an AppError (502). */
export async function requestUpstream(call: UpstreamCall): Promise<Response> {
  const { target, method = "GET", json, signal } = call;
  const url = upstreamUrl(target, call.path, call.query, call.prefix);
  const timeoutMs = call.answerTimeoutMs ?? UPSTREAM_ANSWER_TIMEOUT_MS;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const headers = upstreamHeaders(target, json === undefined ? call.headers : { ...call.headers, "content-type": "application/json" });
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: json === undefined ? call.body : JSON.stringify(json),
      signal: signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal,
      redirect: "manual",
      cache: "no-store",
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw upstreamUnreachable(target.baseUrl, deadline.signal.aborted ? noAnswerWithin(timeoutMs) : networkErrorCause(error));
  } finally {
    clearTimeout(timer);
  }
  if (isRedirect(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    throw upstreamRedirected(url, response.status, response.headers.get("location"));
  }
  return response;
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
