import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator } from "kysely";
import { consoleMigrationProvider } from "./console-migrations";
import { ConsoleSqliteDialect } from "./console-sqlite-dialect";
import { DatabaseFileGuard } from "./database-file-guard";
import type { ConsoleDatabase, ConsoleSchema } from "./database-schema";
import { dialectOf } from "./dialect-sql";
import { FileGuardPlugin } from "./file-guard-plugin";
import { openPostgresKysely } from "./postgres/postgres-dialect";
import { PostgresIntegerPlugin } from "./postgres/postgres-integer-plugin";

// Readers (page requests) must not wait behind an ingestion transaction for long; 5 s covers a
// busy moment without hiding a stuck writer.
const BUSY_TIMEOUT_MS = 5_000;

const fileGuards = new WeakMap<ConsoleDatabase, DatabaseFileGuard>();

/** The guard of the database's file (none for `":memory:"` and PostgreSQL). */
export function fileGuardOf(db: ConsoleDatabase): DatabaseFileGuard | undefined {
  return fileGuards.get(db);
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the console database and migrates it to the latest version: a `postgres://` URL, or a
 * SQLite file (creating its folder and the file if needed; `":memory:"` for tests).
 * `onDestroy` runs after a PostgreSQL database is closed (tests drop their database there).
 */
export async function openConsoleDatabase(location: string, onDestroy?: () => Promise<void>): Promise<ConsoleDatabase> {
  const db = isPostgresUrl(location) ? openPostgresKysely(location, onDestroy) : openSqlite(location);
  // Kysely's Migrator holds an advisory lock on PostgreSQL while it migrates: instances starting
  // together on one database migrate one after the other, and the second finds nothing to do.
  const migrating = dialectOf(db) === "postgres" ? db.withPlugin(new PostgresIntegerPlugin()) : db;
  const { error, results } = await new Migrator({ db: migrating, provider: consoleMigrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(
      `Could not migrate the console database ${describeLocation(location)}${failed ? ` (migration ${failed})` : ""}: ${String(error)}`,
      { cause: error },
    );
  }
  return db;
}

function openSqlite(file: string): ConsoleDatabase {
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
  return db;
}

// An error message may reach a log: never with the database password.
function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  const url = new URL(location);
  if (url.password) url.password = "***";
  return url.toString();
}
