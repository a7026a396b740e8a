import { SSE_HEADERS } from "./sse-response";

const DROPPED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "set-cookie",
  "proxy-authenticate",
  "trailer",
  "upgrade",
]);

/** The upstream response's headers minus hop-by-hop ones, encodings (the body is decoded) and cookies. */
export function relayedResponseHeaders(upstream: Headers): Headers {
  const out = new Headers();
  upstream.forEach((value, name) => {
    if (!DROPPED.has(name.toLowerCase())) out.set(name, value);
  });
  if (out.get("content-type")?.startsWith("text/event-stream")) {
    for (const [name, value] of Object.entries(SSE_HEADERS)) out.set(name, value);
  }
  return out;
}
