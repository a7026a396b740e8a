import { AppError, type ErrorCode } from "../http/app-error";

// The one mapping of what can go wrong talking to the upstream, whichever call it was.

/** The one wording of "unreachable", for every call: the gateway's 502, the registry's, the probe's. */
export function upstreamUnreachable(baseUrl: string, cause: string): AppError {
  return new AppError("upstream_unreachable", `The upstream API at ${baseUrl} is unreachable: ${cause}`, { upstream: baseUrl, cause });
}

/** What a network failure says: Node's fetch says only "fetch failed", its cause holds ECONNREFUSED, ENOTFOUND, … */
export function networkErrorCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error.message || error.name;
}

export function noAnswerWithin(timeoutMs: number): string {
  return `No answer within ${timeoutMs} ms`;
}

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/**
 * Redirects are never followed: undici keeps `x-api-key` on a redirect to another host, so following
 * one would hand the key to whoever the upstream (or anything in between) points at.
 */
export function upstreamRedirected(url: string, status: number, location: string | null): AppError {
  const where = location ? `${status} to ${location}` : `${status} without a Location`;
  return new AppError(
    "upstream_error",
    `Upstream ${url} answered a redirect (${where}); the console does not follow redirects`,
    { upstream: { url, status, location } },
    502,
  );
}

/**
 * The upstream's error with its status kept: its message becomes ours and its body goes in
 * `detail.upstream`, so the browser sees what Parallel said (404 stays 404, 429 stays 429).
 */
export function upstreamFailure(status: number, text: string): AppError {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the text.
  }
  const code: ErrorCode = status === 404 ? "not_found" : status === 422 ? "validation_failed" : "upstream_error";
  return new AppError(code, upstreamMessage(status, body), { upstream: { status, body } }, status);
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
