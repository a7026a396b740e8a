import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

// Versioned migrations: index i brings the schema to version i + 1.
const MIGRATIONS: string[] = [
  `
  CREATE TABLE groups (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    metadata TEXT,
    created_ms INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,
    num_runs INTEGER NOT NULL DEFAULT 0,
    n_queued INTEGER NOT NULL DEFAULT 0,
    n_running INTEGER NOT NULL DEFAULT 0,
    n_completed INTEGER NOT NULL DEFAULT 0,
    n_failed INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE specs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    json TEXT NOT NULL UNIQUE
  );
  CREATE TABLE runs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    group_seq INTEGER NOT NULL REFERENCES groups(seq),
    status TEXT NOT NULL,
    processor TEXT NOT NULL,
    input TEXT NOT NULL,
    metadata TEXT,
    spec_id INTEGER REFERENCES specs(id),
    created_ms INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,
    started_ms INTEGER,
    due_ms INTEGER,
    error TEXT
  );
  CREATE INDEX runs_by_group ON runs(group_seq, seq);
  CREATE INDEX runs_queued ON runs(seq) WHERE status = 'queued';
  CREATE INDEX runs_running_due ON runs(due_ms) WHERE status = 'running';
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    group_seq INTEGER NOT NULL,
    run_seq INTEGER NOT NULL
  );
  CREATE INDEX events_by_group ON events(group_seq, seq);
  `,
  // A completed run's output, generated once when it completes, as the service stores it. Runs that
  // completed before this table existed get theirs generated when read (the same, deterministically).
  `
  CREATE TABLE outputs (
    run_seq INTEGER PRIMARY KEY,
    json TEXT NOT NULL
  );
  `,
  // The statuses a run passes through besides queued, running and the two ends, and each run's
  // webhook (kept apart from its input so a status change need not parse the input to find it).
  `
  ALTER TABLE groups ADD COLUMN n_action_required INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE groups ADD COLUMN n_cancelling INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE groups ADD COLUMN n_cancelled INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE runs ADD COLUMN webhook TEXT;
  CREATE INDEX runs_slot_due ON runs(due_ms) WHERE status IN ('running', 'action_required', 'cancelling');
  `,
];

export function openDatabase(path: string): Database.Database {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = OFF");
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
