import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator } from "kysely";
import { consoleMigrationProvider } from "./console-migrations";
import { ConsoleSqliteDialect } from "./console-sqlite-dialect";
import { DatabaseFileGuard } from "./database-file-guard";
import type { ConsoleDatabase, ConsoleSchema } from "./database-schema";
import { FileGuardPlugin } from "./file-guard-plugin";

// Readers (page requests) must not wait behind an ingestion transaction for long; 5 s covers a
// busy moment without hiding a stuck writer.
const BUSY_TIMEOUT_MS = 5_000;

const fileGuards = new WeakMap<ConsoleDatabase, DatabaseFileGuard>();

/** The guard of the database's file (none for `":memory:"`). */
export function fileGuardOf(db: ConsoleDatabase): DatabaseFileGuard | undefined {
  return fileGuards.get(db);
}

/** Opens (creating the folder and file if needed) the console database at `file` and migrates it to the latest version. `":memory:"` for tests. */
export async function openConsoleDatabase(file: string): Promise<ConsoleDatabase> {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma("journal_mode = WAL");
  // WAL + NORMAL: a crash may lose the last transactions, never corrupt; the run cache refills itself.
  sqlite.pragma("synchronous = NORMAL");
  const guard = file === ":memory:" ? undefined : new DatabaseFileGuard(file);
  const db = new Kysely<ConsoleSchema>({
    dialect: new ConsoleSqliteDialect(sqlite, () => guard?.close()),
    plugins: guard ? [new FileGuardPlugin(guard)] : [],
  });
  if (guard) fileGuards.set(db, guard);
  const { error, results } = await new Migrator({ db, provider: consoleMigrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`Could not migrate the console database ${file}${failed ? ` (migration ${failed})` : ""}: ${String(error)}`, {
      cause: error,
    });
  }
  return db;
}
