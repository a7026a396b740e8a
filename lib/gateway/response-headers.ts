import { SSE_HEADERS } from "../sse/sse-response";

// Upstream response headers reach the client by allowlist: what describes the body, and what tells
// a client when to retry (the SDK honours `retry-after`, `retry-after-ms` and `x-should-retry`).
// Anything else an upstream or a proxy in between adds (cookies, internal secrets) stays here.
const RELAYED_RESPONSE_HEADERS = [
  "content-type",
  "cache-control",
  "etag",
  "last-modified",
  "retry-after",
  "retry-after-ms",
  "x-should-retry",
] as const;

export function relayedResponseHeaders(upstream: Headers): Headers {
  const out = new Headers();
  for (const name of RELAYED_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) out.set(name, value);
  }
  if (out.get("content-type")?.startsWith("text/event-stream")) {
    for (const [name, value] of Object.entries(SSE_HEADERS)) out.set(name, value);
  }
  return out;
}
