import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { ServerEnv } from "../lib/config/parse-server-env";

const DEFAULT_EMULATOR_DB = ".data/emulator.db";

export interface Upstream {
  /** Variables the Next.js server needs to reach this upstream. */
  env: Record<string, string>;
  close: () => Promise<void>;
}

export async function startUpstream(server: ServerEnv, env: NodeJS.ProcessEnv): Promise<Upstream> {
  if (server.PARALLEL_API_KEY) {
    console.log(`PARALLEL_API_KEY is set: using the Parallel API at ${server.PARALLEL_BASE_URL}/${server.PARALLEL_API_PREFIX}`);
    return {
      env: { CONSOLE_UPSTREAM_KIND: "parallel", PARALLEL_BASE_URL: server.PARALLEL_BASE_URL },
      close: async () => {},
    };
  }
  // Loaded only here so a console pointed at the real API never opens the emulator's database.
  const { startEmulator, emulatorOptionsFromEnv } = await import("../lib/emulator/index");
  const options = emulatorOptionsFromEnv(env);
  const dbPath = options.dbPath ?? DEFAULT_EMULATOR_DB;
  mkdirSync(dirname(dbPath), { recursive: true });
  // A fresh key per start keeps the emulator closed to anything but this console.
  const apiKey = options.apiKey ?? randomBytes(24).toString("hex");
  // The emulator signs its webhooks with the secret the console verifies them with.
  const webhookSecret = options.webhookSecret ?? (env.PARALLEL_WEBHOOK_SECRET || randomBytes(24).toString("hex"));
  const emulator = await startEmulator({
    ...options,
    dbPath,
    apiKey,
    webhookSecret,
    log: (message: string) => console.log(`[emulator] ${message}`),
  });
  console.log(`No PARALLEL_API_KEY: using the embedded emulator at ${emulator.url} (data in ${dbPath})`);
  return {
    env: {
      CONSOLE_UPSTREAM_KIND: "emulator",
      PARALLEL_BASE_URL: emulator.url,
      PARALLEL_API_KEY: apiKey,
      PARALLEL_WEBHOOK_SECRET: webhookSecret,
    },
    close: () => emulator.close(),
  };
}
