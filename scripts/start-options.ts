import { z } from "zod";
import { parseAuthEnv } from "../lib/config/parse-auth-env";
import { parseSecurityEnv, type SecurityPolicy } from "../lib/config/parse-security-env";
import { parseServerEnv, type ServerEnv } from "../lib/config/parse-server-env";

const DEFAULT_CONSOLE_PORT = 3000;
// Loopback only unless HOST says otherwise: exposing the console is a decision (see README, Security).
const DEFAULT_CONSOLE_HOST = "127.0.0.1";

export interface StartOptions {
  dev: boolean;
  port: number;
  /** The interface `next start` listens on. */
  host: string;
  server: ServerEnv;
  security: SecurityPolicy;
}

const portSchema = z.coerce.number().int().min(1).max(65_535).default(DEFAULT_CONSOLE_PORT);
// An interface address or name as `next start -H` takes it: 127.0.0.1, 0.0.0.0, ::, ::1, localhost.
const hostSchema = z
  .string()
  .regex(/^[A-Za-z0-9.:-]+$/)
  .default(DEFAULT_CONSOLE_HOST);

/** Validates what `npm start` reads before anything is built or spawned; throws naming the variable. */
export function parseStartOptions(argv: string[], env: Record<string, string | undefined>): StartOptions {
  const port = portSchema.safeParse(env.PORT || undefined);
  if (!port.success) throw new Error(`Invalid PORT=${JSON.stringify(env.PORT)}: expected a TCP port (1-65535)`);
  const host = hostSchema.safeParse(env.HOST || undefined);
  if (!host.success)
    throw new Error(`Invalid HOST=${JSON.stringify(env.HOST)}: expected an interface address such as 127.0.0.1 or 0.0.0.0`);
  // Read here only to refuse a bad value before starting; the server reads it again when it starts.
  parseAuthEnv(env);
  return { dev: argv.includes("--dev"), port: port.data, host: host.data, server: parseServerEnv(env), security: parseSecurityEnv(env) };
}

/** The arguments of the `next` child: `start` (or `dev`) on the chosen interface and port. */
export function nextServerArgs(options: Pick<StartOptions, "dev" | "port" | "host">): string[] {
  return [options.dev ? "dev" : "start", "-H", options.host, "-p", String(options.port)];
}
