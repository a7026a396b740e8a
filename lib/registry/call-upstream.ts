import "server-only";
import { AppError, type ErrorCode } from "../http/app-error";
import { fetchUpstream } from "../parallel/fetch-upstream";
import { upstreamHeaders, upstreamUrl, type UpstreamTarget } from "../parallel/upstream-target";

export interface UpstreamRequest {
  target: UpstreamTarget;
  method?: "GET" | "POST";
  /** Path after the prefix, e.g. `/tasks/groups/tgrp_1`. */
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Sends a request upstream; answers the Response when it is 2xx, else throws the upstream's error as an AppError. */
export async function openUpstream({
  target,
  method = "GET",
  path,
  query,
  body,
  signal,
  headers = {},
}: UpstreamRequest): Promise<Response> {
  const url = upstreamUrl(target, path, query);
  let response: Response;
  try {
    response = await fetchUpstream(url, {
      method,
      signal,
      headers: upstreamHeaders(target, body === undefined ? headers : { ...headers, "content-type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted || error instanceof AppError) throw error;
    throw upstreamUnreachable(target, error);
  }
  if (!response.ok) throw await upstreamFailure(response);
  return response;
}

/** `openUpstream` for JSON answers. */
export async function callUpstream<T>(request: UpstreamRequest): Promise<T> {
  const response = await openUpstream(request);
  return (await response.json()) as T;
}

export function upstreamUnreachable(target: UpstreamTarget, error: unknown): AppError {
  const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
  return new AppError("upstream_unreachable", `The upstream API at ${target.baseUrl} is unreachable: ${cause}`);
}

/**
 * The upstream's error with its status kept: its message becomes ours and its body goes in
 * `detail.upstream`, so the browser sees what Parallel said (404 stays 404, 429 stays 429).
 */
export async function upstreamFailure(response: Response): Promise<AppError> {
  const text = await response.text().catch(() => "");
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the text.
  }
  const code: ErrorCode = response.status === 404 ? "not_found" : response.status === 422 ? "validation_failed" : "upstream_error";
  return new AppError(code, upstreamMessage(response.status, body), { upstream: { status: response.status, body } }, response.status);
}

function upstreamMessage(status: number, body: unknown): string {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  if (typeof error?.message === "string") return error.message;
  const detail = (body as { detail?: Array<{ msg?: unknown; loc?: unknown[] }> } | null)?.detail;
  if (Array.isArray(detail) && detail.length > 0) {
    return detail.map((d) => `${(d.loc ?? []).join(".")}: ${String(d.msg)}`).join("; ");
  }
  return `The upstream API answered ${status}`;
}
