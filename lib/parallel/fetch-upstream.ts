import { AppError } from "../http/app-error";

/**
 * Every request the console sends to the upstream goes through here. Redirects are never followed:
 * undici keeps `x-api-key` on a redirect to another host, so following one would hand the key to
 * whoever the upstream (or anything in between) points at. A redirect is an upstream error instead.
 */
export async function fetchUpstream(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, { ...init, redirect: "manual", cache: "no-store" });
  if (isRedirect(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    throw upstreamRedirected(url, response);
  }
  return response;
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

function upstreamRedirected(url: string, response: Response): AppError {
  const location = response.headers.get("location");
  const where = location ? `${response.status} to ${location}` : `${response.status} without a Location`;
  return new AppError(
    "upstream_error",
    `Upstream ${url} answered a redirect (${where}); the console does not follow redirects`,
    { upstream: { url, status: response.status, location } },
    502,
  );
}
