import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";
// A caller's id is kept when it could not smuggle anything into a log line or a header.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The caller's `x-request-id` when it is sane (so a proxy's id follows the request), else a new one. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given !== null && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
