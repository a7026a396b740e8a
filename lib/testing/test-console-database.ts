import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import type { ConsoleDatabase } from "../registry/database-schema";
import { dialectOf } from "../registry/dialect-sql";
import { openConsoleDatabase } from "../registry/open-console-database";

// Test-only: a fresh, migrated console database per call. SQLite in memory by default; when
// TEST_DATABASE_URL names a PostgreSQL server (`npm test` runs the database suites a second time
// so), a database of its own on that server, dropped when the test destroys it.

/** The server the database suites run on, or undefined for SQLite. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export async function openTestConsoleDatabase(): Promise<ConsoleDatabase> {
  if (!testDatabaseUrl()) return openConsoleDatabase(":memory:");
  const { location, drop } = await createTestDatabaseLocation();
  return openConsoleDatabase(location, drop);
}

/**
 * Where a new, empty console database can be opened (more than once: by several "instances"):
 * a file in a temporary folder, or a database created on TEST_DATABASE_URL's server. `drop`
 * removes it; call it once every connection is closed.
 */
export async function createTestDatabaseLocation(): Promise<{ location: string; drop: () => Promise<void> }> {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(tmpdir(), "console-db-"));
    return { location: path.join(dir, "console.db"), drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `tgc_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { location: url.toString(), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Makes `db` refuse every write from now on, as a read-only database would. */
export async function makeReadOnly(db: ConsoleDatabase): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    await sql`PRAGMA query_only = 1`.execute(db);
    return;
  }
  await sql`create function refuse_writes() returns trigger language plpgsql as $$
    begin raise exception 'cannot execute % in a read-only database', tg_op using errcode = '25006'; end $$`.execute(db);
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  for (const { name } of tables.rows)
    await sql`create trigger refuse_writes before insert or update or delete on ${sql.table(name)}
      for each statement execute function refuse_writes()`.execute(db);
}
