// A Host header value: a host name, an IPv4 address or a bracketed IPv6 address, with an optional port.
export const HOST_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

export interface HostName {
  hostname: string;
  port: string | undefined;
}

/** Splits `name[:port]`, lower-cased; null for anything that is not a plain host (paths, userinfo, spaces). */
export function parseHostName(value: string): HostName | null {
  const host = value.trim().toLowerCase();
  if (!HOST_PATTERN.test(host)) return null;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  return match ? { hostname: match[1], port: match[2] } : null;
}

/** Whether `host` is one of `allowed`; an allowed entry without a port matches the name on any port. */
export function isAllowedHost(host: string | null, allowed: readonly string[]): boolean {
  const parsed = host === null ? null : parseHostName(host);
  if (parsed === null) return false;
  return allowed.some((entry) => {
    const candidate = parseHostName(entry);
    if (candidate === null || candidate.hostname !== parsed.hostname) return false;
    return candidate.port === undefined || candidate.port === parsed.port;
  });
}
