import "server-only";
import type { TaskRun, TaskRunInput, TaskRunOutput } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { runDigestFor } from "../compare/run-digest";
import { runStateColumns, searchTextFor } from "./cached-run";
import { writeRunDigests } from "./write-run-digests";

/** A newer state of a run, with its input and output when the source carried them. */
export interface CachedRunChange {
  run: TaskRun;
  input?: TaskRunInput | null;
  output?: TaskRunOutput | null;
}

export interface CachedRunUpdate extends CachedRunChange {
  db: ConsoleDatabase;
  groupId: string;
}

interface CachedRow {
  position: number;
  is_active: number;
  input: string | null;
  output: string | null;
}

// Runs read in one query; well under SQLite's and PostgreSQL's bound-parameter limits.
const RUN_IDS_PER_READ = 500;

/**
 * Brings a cached run up to a newer state of it. A run that is not cached is left alone (ingestion
 * will bring it with its then-current state), and a terminal cached state is never replaced by an
 * active one, since events may arrive late or out of order. Returns whether the row changed.
 */
export async function updateCachedRun({ db, groupId, ...change }: CachedRunUpdate): Promise<boolean> {
  return (await updateCachedRuns({ db, groupId, changes: [change] })) > 0;
}

/**
 * The same for many changes of one group's runs, applied in order: one read of the cached rows
 * and one transaction, so a burst of events costs a few queries instead of a few per event.
 * Returns how many changes moved a row.
 */
export async function updateCachedRuns({
  db,
  groupId,
  changes,
}: {
  db: ConsoleDatabase;
  groupId: string;
  changes: CachedRunChange[];
}): Promise<number> {
  if (changes.length === 0) return 0;
  // Read and write in one transaction so that two updates of a run cannot interleave.
  return db.isTransaction ? updateIn(db, groupId, changes) : db.transaction().execute((trx) => updateIn(trx, groupId, changes));
}

async function updateIn(db: ConsoleDatabase, groupId: string, changes: CachedRunChange[]): Promise<number> {
  const rows = await readCachedRows(db, groupId, [...new Set(changes.map((c) => c.run.run_id))]);
  let changed = 0;
  for (const change of changes) {
    const row = rows.get(change.run.run_id);
    if (!row) continue;
    const updated = await applyChange(db, groupId, row, change);
    if (!updated) continue;
    rows.set(change.run.run_id, updated);
    changed++;
  }
  return changed;
}

async function readCachedRows(db: ConsoleDatabase, groupId: string, runIds: string[]): Promise<Map<string, CachedRow>> {
  const rows = new Map<string, CachedRow>();
  for (let at = 0; at < runIds.length; at += RUN_IDS_PER_READ) {
    const found = await db
      .selectFrom("runs")
      .select(["run_id", "position", "is_active", "input", "output"])
      .where("group_id", "=", groupId)
      .where("run_id", "in", runIds.slice(at, at + RUN_IDS_PER_READ))
      .execute();
    for (const { run_id, ...row } of found) rows.set(run_id, row);
  }
  return rows;
}

/** Writes the change over the cached row; returns the row as it now is, or null when the change is older. */
async function applyChange(
  db: ConsoleDatabase,
  groupId: string,
  row: CachedRow,
  { run, input, output }: CachedRunChange,
): Promise<CachedRow | null> {
  if (row.is_active === 0 && run.is_active) return null;

  const cachedInput = row.input === null ? null : (JSON.parse(row.input) as TaskRunInput);
  const newInput = cachedInput ?? input ?? null;
  const newOutput = row.output === null ? (output ?? null) : (JSON.parse(row.output) as TaskRunOutput);
  const textChanged = (cachedInput === null && newInput !== null) || (row.output === null && newOutput !== null);
  const inputText = textChanged ? (newInput === null ? null : JSON.stringify(newInput)) : row.input;
  const outputText = textChanged ? (newOutput === null ? null : JSON.stringify(newOutput)) : row.output;
  const state = runStateColumns(run);
  await db
    .updateTable("runs")
    .set({
      ...state,
      ...(textChanged ? { input: inputText, output: outputText, search_text: searchTextFor(run.run_id, newInput, newOutput) } : {}),
    })
    .where("group_id", "=", groupId)
    .where("run_id", "=", run.run_id)
    .execute();
  await writeRunDigests(db, [runDigestFor(groupId, Number(row.position), { run, output: newOutput })]);
  return { position: row.position, is_active: state.is_active, input: inputText, output: outputText };
}
