import "server-only";
import type { Transaction } from "kysely";
import { markGroupActive } from "../alerts/mark-group-active";
import type { TaskGroupStatus } from "../parallel/types";
import type { ConsoleDatabase, ConsoleSchema } from "./database-schema";
import { MAX_STATUS_SAMPLES, placeSample, samplesToThin } from "./status-sample-downsampling";

export interface RecordGroupStatusParams {
  db: ConsoleDatabase;
  groupId: string;
  status: TaskGroupStatus;
  atMs: number;
}

/**
 * Stores a group's latest status and adds it to the downsampled history. Returns false when the
 * group is not in the registry (nothing is stored then).
 */
export async function recordGroupStatus({ db, groupId, status, atMs }: RecordGroupStatusParams): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const counts = JSON.stringify(status.task_run_status_counts ?? {});
    const updated = await trx
      .updateTable("groups")
      .set({
        status: JSON.stringify(status),
        is_active: status.is_active ? 1 : 0,
        num_runs: status.num_task_runs,
        status_counts: counts,
        updated_at_ms: Date.now(),
      })
      .where("id", "=", groupId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    if (status.is_active) await markGroupActive(trx, groupId, atMs);

    // A group gains runs after it went idle when someone adds more: its cached runs are no longer final.
    let reopen = trx.updateTable("run_ingest").set({ final: 0 }).where("group_id", "=", groupId).where("final", "=", 1);
    if (!status.is_active) reopen = reopen.where("ingested_count", "<", status.num_task_runs);
    await reopen.execute();

    await addSample(trx, { groupId, atMs, numRuns: status.num_task_runs, counts });
    return true;
  });
}

async function addSample(
  trx: Transaction<ConsoleSchema>,
  sample: { groupId: string; atMs: number; numRuns: number; counts: string },
): Promise<void> {
  const { groupId, atMs, numRuns, counts } = sample;
  const sampleTimes = (order: "asc" | "desc", limit: number) =>
    trx.selectFrom("status_samples").select("at_ms").where("group_id", "=", groupId).orderBy("at_ms", order).limit(limit).execute();
  const [first] = await sampleTimes("asc", 1);
  const lastTwo = await sampleTimes("desc", 2);
  const placement = placeSample(
    first
      ? {
          firstAtMs: Number(first.at_ms),
          latestAtMs: Number(lastTwo[0].at_ms),
          previousAtMs: lastTwo.length > 1 ? Number(lastTwo[1].at_ms) : null,
        }
      : null,
    atMs,
  );
  if (placement === "append") {
    await trx.insertInto("status_samples").values({ group_id: groupId, at_ms: atMs, num_runs: numRuns, counts }).execute();
    await thinIfFull(trx, groupId);
    return;
  }
  const latestAtMs = Number(lastTwo[0].at_ms);
  await trx
    .updateTable("status_samples")
    .set({ num_runs: numRuns, counts, ...(placement === "move_latest" ? { at_ms: atMs } : {}) })
    .where("group_id", "=", groupId)
    .where("at_ms", "=", latestAtMs)
    .execute();
}

async function thinIfFull(trx: Transaction<ConsoleSchema>, groupId: string): Promise<void> {
  const { count } = await trx
    .selectFrom("status_samples")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("group_id", "=", groupId)
    .executeTakeFirstOrThrow();
  if (Number(count) <= MAX_STATUS_SAMPLES) return;
  const times = await trx.selectFrom("status_samples").select("at_ms").where("group_id", "=", groupId).orderBy("at_ms", "asc").execute();
  const drop = samplesToThin(times.map((t) => Number(t.at_ms)));
  for (let i = 0; i < drop.length; i += 500) {
    await trx
      .deleteFrom("status_samples")
      .where("group_id", "=", groupId)
      .where("at_ms", "in", drop.slice(i, i + 500))
      .execute();
  }
}
