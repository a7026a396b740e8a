import "server-only";
import { getServerEnv } from "../config/server-env";
import type { ConsoleDatabase } from "./database-schema";
import { openConsoleDatabase } from "./open-console-database";

// On globalThis so that dev-mode module reloads and separately bundled routes share one connection.
const globalForDb = globalThis as typeof globalThis & { __consoleDatabase?: Promise<ConsoleDatabase> };

/** The console database (PostgreSQL at DATABASE_URL, else SQLite at CONSOLE_DB), opened and migrated once per process. */
export function getConsoleDatabase(): Promise<ConsoleDatabase> {
  const env = getServerEnv();
  globalForDb.__consoleDatabase ??= openConsoleDatabase(env.DATABASE_URL ?? env.CONSOLE_DB).catch((error: unknown) => {
    globalForDb.__consoleDatabase = undefined;
    throw error;
  });
  return globalForDb.__consoleDatabase;
}
