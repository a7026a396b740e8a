import "server-only";
import type { TaskRun, TaskRunInput, TaskRunOutput } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { runDigestFor } from "../compare/run-digest";
import { runStateColumns, searchTextFor } from "./cached-run";
import { writeRunDigests } from "./write-run-digests";

export interface CachedRunUpdate {
  db: ConsoleDatabase;
  groupId: string;
  run: TaskRun;
  input?: TaskRunInput | null;
  output?: TaskRunOutput | null;
}

/**
 * Brings a cached run up to a newer state of it. A run that is not cached is left alone (ingestion
 * will bring it with its then-current state), and a terminal cached state is never replaced by an
 * active one, since events may arrive late or out of order. Returns whether the row changed.
 */
export async function updateCachedRun(update: CachedRunUpdate): Promise<boolean> {
  // Read and write in one transaction so that two updates of a run cannot interleave.
  return update.db.isTransaction ? updateIn(update) : update.db.transaction().execute((trx) => updateIn({ ...update, db: trx }));
}

async function updateIn({ db, groupId, run, input, output }: CachedRunUpdate): Promise<boolean> {
  const row = await db
    .selectFrom("runs")
    .select(["position", "is_active", "input", "output"])
    .where("group_id", "=", groupId)
    .where("run_id", "=", run.run_id)
    .executeTakeFirst();
  if (!row) return false;
  if (row.is_active === 0 && run.is_active) return false;

  const cachedInput = row.input === null ? null : (JSON.parse(row.input) as TaskRunInput);
  const newInput = cachedInput ?? input ?? null;
  const newOutput = row.output === null ? (output ?? null) : (JSON.parse(row.output) as TaskRunOutput);
  const textChanged = (cachedInput === null && newInput !== null) || (row.output === null && newOutput !== null);
  await db
    .updateTable("runs")
    .set({
      ...runStateColumns(run),
      ...(textChanged
        ? {
            input: newInput === null ? null : JSON.stringify(newInput),
            output: newOutput === null ? null : JSON.stringify(newOutput),
            search_text: searchTextFor(run.run_id, newInput, newOutput),
          }
        : {}),
    })
    .where("group_id", "=", groupId)
    .where("run_id", "=", run.run_id)
    .execute();
  await writeRunDigests(db, [runDigestFor(groupId, Number(row.position), { run, output: newOutput })]);
  return true;
}
