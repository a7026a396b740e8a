import { parseSecurityEnv, type SecurityPolicy } from "./parse-security-env";

export type { SecurityPolicy } from "./parse-security-env";

let cached: SecurityPolicy | undefined;

// Parsed on first use (not at import, so `next build` needs no runtime environment), then kept.
// No "server-only" here: the proxy imports it too.
export function getSecurityPolicy(): SecurityPolicy {
  cached ??= parseSecurityEnv(process.env);
  return cached;
}
