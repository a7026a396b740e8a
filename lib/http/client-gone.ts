// Not a status anyone reads: nginx's "client closed request", so an access log tells it apart.
export const CLIENT_CLOSED_REQUEST_STATUS = 499;

/**
 * A client that went away mid-request (a closed tab, a reconnecting EventSource, a cancelled
 * download) is normal: whatever failed after that failed because of it, so nothing is logged.
 */
export function isClientGone(request: Request): boolean {
  return request.signal.aborted;
}

export function clientGoneResponse(): Response {
  return new Response(null, { status: CLIENT_CLOSED_REQUEST_STATUS });
}
