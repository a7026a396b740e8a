// Next.js parses a proxy's redirect Location as a full URL (a relative one is a 500), then writes it
// back relative when it stays on the request's host. So a redirect made with a path is completed
// against the request's own URL: same host, and the browser still gets a path.

/** `response` with its relative Location made absolute against `base`; other responses unchanged. */
export function withAbsoluteLocation(response: Response, base: URL | string): Response {
  const location = response.headers.get("location");
  if (!location || /^[a-z][a-z\d+.-]*:/i.test(location)) return response;
  const headers = new Headers(response.headers);
  headers.set("location", new URL(location, base).toString());
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
