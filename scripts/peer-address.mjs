// Route handlers in Next.js get no socket, so the audit log and the sign-in throttle could not know
// who is calling. The preload stamps each request with its peer's address under a header of its own,
// replacing any value a client sent (lib/http/client-ip.ts reads it).
export const PEER_IP_HEADER = "x-console-peer-ip";

export function stampPeerAddress(req) {
  delete req.headers[PEER_IP_HEADER];
  const address = req.socket?.remoteAddress;
  if (address) req.headers[PEER_IP_HEADER] = address.startsWith("::ffff:") ? address.slice(7) : address;
}
