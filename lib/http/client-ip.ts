import type { SecurityPolicy } from "../config/parse-security-env";

/**
 * The header `npm start`'s preload sets on every request to the peer's socket address, replacing any
 * value a client sent (scripts/preload-method-guard.mjs): Next.js hands route handlers no socket.
 */
export const PEER_IP_HEADER = "x-console-peer-ip";

/** Who sent the request, as far as the console can tell: the peer, or behind a trusted proxy the first `X-Forwarded-For` address. */
export function clientIp(request: Request, policy: SecurityPolicy): string | null {
  if (policy.trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return request.headers.get(PEER_IP_HEADER);
}
