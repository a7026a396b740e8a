// Request headers reach the upstream by allowlist: content negotiation and the one header the API
// documents (`parallel-beta`). Everything else stays here: the browser's credentials and cookies,
// hop-by-hop headers, `Expect: 100-continue` (curl's, for large bodies; undici refuses to send it),
// and SDK telemetry such as `x-stainless-*`. The server adds its own `x-api-key`; `Last-Event-ID`
// becomes the `last_event_id` query parameter.
const FORWARDED_REQUEST_HEADERS = ["accept", "content-type", "parallel-beta"] as const;

export function forwardableHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}
