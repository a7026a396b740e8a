import { z } from "zod";
import { parseServerEnv, type ServerEnv } from "../lib/config/parse-server-env";

const DEFAULT_CONSOLE_PORT = 3000;

export interface StartOptions {
  dev: boolean;
  port: number;
  server: ServerEnv;
}

const portSchema = z.coerce.number().int().min(1).max(65_535).default(DEFAULT_CONSOLE_PORT);

/** Validates what `npm start` reads before anything is built or spawned; throws naming the variable. */
export function parseStartOptions(argv: string[], env: Record<string, string | undefined>): StartOptions {
  const port = portSchema.safeParse(env.PORT || undefined);
  if (!port.success) throw new Error(`Invalid PORT=${JSON.stringify(env.PORT)}: expected a TCP port (1-65535)`);
  return { dev: argv.includes("--dev"), port: port.data, server: parseServerEnv(env) };
}
