import "server-only";
import { getServerEnv } from "../config/server-env";
import type { ConsoleDatabase } from "./database-schema";
import { openConsoleDatabase } from "./open-console-database";

// On globalThis so that dev-mode module reloads and separately bundled routes share one connection.
const globalForDb = globalThis as typeof globalThis & { __consoleDatabase?: Promise<ConsoleDatabase> };

/** The console database at CONSOLE_DB, opened and migrated once per process. */
export function getConsoleDatabase(): Promise<ConsoleDatabase> {
  globalForDb.__consoleDatabase ??= openConsoleDatabase(getServerEnv().CONSOLE_DB).catch((error: unknown) => {
    globalForDb.__consoleDatabase = undefined;
    throw error;
  });
  return globalForDb.__consoleDatabase;
}
