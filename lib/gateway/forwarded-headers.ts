// Hop-by-hop headers (RFC 9110 §7.6.1) never cross a proxy; credentials and cookies of the browser
// never reach Parallel; encodings are left to each side's own connection.
const NEVER_FORWARDED = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "content-encoding",
  "accept-encoding",
  "cookie",
  "set-cookie",
  "authorization",
  "x-api-key",
  "origin",
  "referer",
  "last-event-id",
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
]);

export function forwardableHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const named = new Set((headers.get("connection") ?? "").split(",").map((h) => h.trim().toLowerCase()));
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    if (!NEVER_FORWARDED.has(key) && !named.has(key) && !key.startsWith("sec-") && !key.startsWith("next-")) out[key] = value;
  });
  return out;
}
