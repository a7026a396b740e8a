import { z } from "zod";
import { HOST_PATTERN } from "../http/host-name";
import { emptyAsUndefined, parseEnvWith } from "./parse-env-with";

// Who the console answers to. Read by the proxy (every request) and by the route wrapper (writes).

/** The names the console answers to when CONSOLE_ALLOWED_HOSTS is unset: loopback only. */
export const DEFAULT_ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

const hostListSchema = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((host) => host.trim().toLowerCase())
      .filter((host) => host !== ""),
  )
  .refine((hosts) => hosts.length > 0, { error: "must list at least one host name" })
  .superRefine((hosts, context) => {
    for (const host of hosts) {
      if (!HOST_PATTERN.test(host))
        context.addIssue({ code: "custom", message: `'${host}' is not a host name (expected e.g. console.example.com or 10.0.0.5:3000)` });
    }
  });

const flagSchema = z
  .enum(["1", "true", "0", "false"], { error: 'must be "1", "true", "0" or "false"' })
  .transform((value) => value === "1" || value === "true");

const securityEnvSchema = z.object({
  CONSOLE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .transform((url) => new URL(url).origin)
      .optional(),
  ),
  CONSOLE_ALLOWED_HOSTS: z.preprocess(emptyAsUndefined, hostListSchema.optional()),
  CONSOLE_TRUST_PROXY: z.preprocess(emptyAsUndefined, flagSchema.default(false)),
});

export interface SecurityPolicy {
  /** Host names (optionally `name:port`) the console answers to, lower-case. */
  allowedHosts: string[];
  /** The console's public origin (`CONSOLE_URL`), when set. */
  consoleOrigin: string | undefined;
  /** Whether `X-Forwarded-Host` / `X-Forwarded-Proto` come from a proxy we trust. */
  trustProxy: boolean;
}

export function parseSecurityEnv(env: Record<string, string | undefined>): SecurityPolicy {
  const { CONSOLE_URL, CONSOLE_ALLOWED_HOSTS, CONSOLE_TRUST_PROXY } = parseEnvWith(securityEnvSchema, env);
  const allowedHosts = CONSOLE_ALLOWED_HOSTS ?? DEFAULT_ALLOWED_HOSTS;
  // The console's own public URL is always allowed: it is where users are told to go.
  const publicHost = CONSOLE_URL === undefined ? [] : [new URL(CONSOLE_URL).host];
  return {
    allowedHosts: [...new Set([...allowedHosts, ...publicHost])],
    consoleOrigin: CONSOLE_URL,
    trustProxy: CONSOLE_TRUST_PROXY,
  };
}
