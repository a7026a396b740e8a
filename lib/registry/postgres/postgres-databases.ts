import { randomBytes } from "node:crypto";
import pg from "pg";

// For tests and benchmarks: a database of their own on a PostgreSQL server they may create
// databases on, dropped afterwards.

export interface ScratchDatabase {
  /** The new database's URL. */
  url: string;
  /** Drops it, closing any connection left. */
  drop: () => Promise<void>;
}

export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
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
