import "server-only";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { readRunsStream } from "./read-runs-stream";
import { refreshRuns } from "./refresh-runs";
import { updateCachedRun } from "./update-cached-run";

/**
 * Up to this many stale runs are re-read one by one; more, and one pass over the runs stream
 * (outputs included) is cheaper than that many requests.
 */
export const PER_RUN_CATCH_UP_MAX = 200;
const CATCH_UP_TRANSACTION_ROWS = 500;

export interface CatchUpRunsParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  signal: AbortSignal;
}

/**
 * Brings cached runs that were active when ingested (or finished without their output in the
 * cache) up to date. Meant for a group that is no longer active. Returns how many stay stale.
 */
export async function catchUpRuns({ db, target, groupId, signal }: CatchUpRunsParams): Promise<number> {
  const stale = await staleRunIds(db, groupId);
  if (stale.length === 0) return 0;
  if (stale.length <= PER_RUN_CATCH_UP_MAX) {
    await refreshRuns({ db, target, groupId, runIds: stale, signal });
  } else {
    const wanted = new Set(stale);
    const stream = readRunsStream({ target, groupId, query: { include_output: "true" }, lastEventId: null, signal });
    for await (const events of stream) {
      const relevant = events.filter((e) => wanted.has(e.run.run_id));
      for (let i = 0; i < relevant.length; i += CATCH_UP_TRANSACTION_ROWS) {
        await db.transaction().execute(async (trx) => {
          for (const event of relevant.slice(i, i + CATCH_UP_TRANSACTION_ROWS)) {
            await updateCachedRun({ db: trx, groupId, run: event.run, output: event.output });
          }
        });
      }
    }
  }
  if (signal.aborted) return stale.length;
  return (await staleRunIds(db, groupId)).length;
}

async function staleRunIds(db: ConsoleDatabase, groupId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("runs")
    .select("run_id")
    .where("group_id", "=", groupId)
    .where((eb) => eb.or([eb("is_active", "=", 1), eb.and([eb("status", "=", "completed"), eb("output", "is", null)])]))
    .orderBy("position")
    .execute();
  return rows.map((r) => r.run_id);
}
