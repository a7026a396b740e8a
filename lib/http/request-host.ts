import type { SecurityPolicy } from "../config/parse-security-env";

// The first value of a header a chain of proxies may have appended to (`a, b`).
function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

/**
 * The host the client asked for. `X-Forwarded-Host` is anyone's to send, so it counts only behind a
 * proxy we were told to trust (CONSOLE_TRUST_PROXY); otherwise only `Host` does.
 */
export function requestHost(request: Pick<Request, "headers">, policy: SecurityPolicy): string | null {
  const host = request.headers.get("host");
  if (!policy.trustProxy) return host;
  return firstValue(request.headers.get("x-forwarded-host")) ?? host;
}

/**
 * The console's own origin as this request reached it. Next.js serves plain HTTP, so the scheme is
 * `http` unless a trusted proxy says otherwise in `X-Forwarded-Proto`, or the request came for the
 * host of CONSOLE_URL, whose scheme is the public one.
 */
export function requestOrigin(request: Pick<Request, "headers">, policy: SecurityPolicy): string | null {
  const host = requestHost(request, policy);
  if (host === null) return null;
  const publicOrigin = policy.consoleOrigin === undefined ? undefined : new URL(policy.consoleOrigin);
  const forwardedProto = policy.trustProxy ? firstValue(request.headers.get("x-forwarded-proto")) : null;
  const scheme = forwardedProto ?? (publicOrigin?.host === host.toLowerCase() ? publicOrigin.protocol.slice(0, -1) : "http");
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}
