import "server-only";
import type { LeaseFence } from "../cluster/hold-lease";
import type { TaskRunEvent } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { runDigestFor } from "../compare/run-digest";
import { lockForTransaction } from "../registry/dialect-sql";
import { runCacheLockKey } from "./run-cache-lock-key";
import { runRowFor } from "./cached-run";
import { writeRunDigests } from "./write-run-digests";

export interface StoreRunBatchParams {
  db: ConsoleDatabase;
  groupId: string;
  /** Consecutive events of the runs stream, in stream order. */
  events: TaskRunEvent[];
  /** The ingestion lease, checked in the same transaction: nothing is written once it is lost. */
  fence?: LeaseFence;
}

/**
 * Stores a batch of runs-stream events and moves the group's runs cursor past them, in one
 * transaction, so a restart resumes exactly after the last stored run. New runs are appended in
 * stream order. Returns the number of new runs, null when the group was forgotten meanwhile, or
 * "lease lost" when another instance took the ingestion over (nothing is stored then).
 */
export async function storeRunBatch({ db, groupId, events, fence }: StoreRunBatchParams): Promise<number | null | "lease lost"> {
  const cursor = events.findLast((e) => e.event_id !== null)?.event_id ?? null;
  return db.transaction().execute(async (trx) => {
    // Forgetting the group takes the same lock: it never deletes between this check and the insert.
    await lockForTransaction(trx, runCacheLockKey(groupId));
    if (fence && !(await fence(trx))) return "lease lost";
    const state = await trx.selectFrom("run_ingest").select("group_id").where("group_id", "=", groupId).executeTakeFirst();
    if (!state) return null;
    // One stream never repeats a run, but a repeat must not break the insert.
    const unique = [...new Map(events.map((e) => [e.run.run_id, e])).values()];
    const existing = new Set(
      (
        await trx
          .selectFrom("runs")
          .select("run_id")
          .where("group_id", "=", groupId)
          .where(
            "run_id",
            "in",
            unique.map((e) => e.run.run_id),
          )
          .execute()
      ).map((r) => r.run_id),
    );
    const { max } = await trx
      .selectFrom("runs")
      .select((eb) => eb.fn.max("position").as("max"))
      .where("group_id", "=", groupId)
      .executeTakeFirstOrThrow();
    const first = max === null ? 0 : Number(max) + 1;
    // A run already cached keeps its row: the cursor moves with the rows, so only a repeat could
    // bring one here, and newer states arrive through applyRunStateEvent and the catch-up.
    const fresh = unique.filter((e) => !existing.has(e.run.run_id));
    const added = fresh.map((e, k) => runRowFor(groupId, first + k, e));
    if (added.length > 0) await trx.insertInto("runs").values(added).execute();
    await writeRunDigests(
      trx,
      fresh.map((e, k) => runDigestFor(groupId, first + k, e)),
    );

    await trx
      .updateTable("run_ingest")
      .set((eb) => ({
        ingested_count: eb("ingested_count", "+", added.length),
        ...(cursor !== null ? { runs_cursor: cursor } : {}),
        ...(added.length > 0 ? { pass_complete: 0 as const } : {}),
        updated_at_ms: Date.now(),
      }))
      .where("group_id", "=", groupId)
      .execute();
    return added.length;
  });
}
