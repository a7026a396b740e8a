// Next.js builds a fetch Request for every route handler call, and fetch refuses TRACE, TRACK and
// CONNECT: Next then answers 500 and logs a stack; a method it does not know at all gets a bare 400.
// No route of the console takes any method outside this list, so those get 405 with Allow before
// Next sees them. Plain JavaScript because `next start` preloads it (see preload-method-guard.mjs).
import { randomUUID } from "node:crypto";

const SERVED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const GATEWAY_PATH = "/api/parallel/";
// The gateway relays the Task Group API, which takes only these; any other route may take the rest.
const GATEWAY_ALLOW = "GET, POST";
const ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

/** Answers 405 when the request's method is none the console serves; true when it did. */
export function refuseUnsupportedMethod(req, res) {
  if (SERVED_METHODS.has(req.method)) return false;
  const allow = (req.url ?? "").startsWith(GATEWAY_PATH) ? GATEWAY_ALLOW : ALLOW;
  const body = JSON.stringify({
    type: "error",
    error: { code: "method_not_allowed", ref_id: randomUUID(), message: `Method ${req.method} is not allowed; allowed: ${allow}` },
  });
  req.resume();
  res.writeHead(405, { allow, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
  return true;
}
