import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";
import { toCachedRun } from "../run-cache/cached-run";
import { runDigestFor } from "./run-digest";

/** Runs digested per transaction: short enough that ingestion and page reads wait little behind one. */
const BACKFILL_BATCH_RUNS = 500;

/**
 * Writes the digests of a group's runs that have none: runs cached before migration 0011 (every run
 * cached since gets its digest with it). Cheap when nothing is missing: two counts. Returns the
 * number of digests written.
 */
export async function backfillRunDigests({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<number> {
  const [runs, digests] = await Promise.all(
    (["runs", "run_digests"] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("group_id", "=", groupId)
        .executeTakeFirstOrThrow(),
    ),
  );
  if (Number(runs.n) === Number(digests.n)) return 0;

  let written = 0;
  let after = -1;
  for (;;) {
    const rows = await db
      .selectFrom("runs as r")
      .leftJoin("run_digests as d", (join) => join.onRef("d.group_id", "=", "r.group_id").onRef("d.position", "=", "r.position"))
      .selectAll("r")
      .where("r.group_id", "=", groupId)
      .where("r.position", ">", after)
      .where("d.position", "is", null)
      .orderBy("r.position")
      .limit(BACKFILL_BATCH_RUNS)
      .execute();
    if (rows.length === 0) return written;
    const missing = rows.map((row) => runDigestFor(groupId, Number(row.position), toCachedRun(row)));
    // A digest written meanwhile comes from a newer state of its run: keep it.
    await db
      .insertInto("run_digests")
      .values(missing)
      .onConflict((conflict) => conflict.columns(["group_id", "position"]).doNothing())
      .execute();
    written += missing.length;
    if (rows.length < BACKFILL_BATCH_RUNS) return written;
    after = Number(rows[rows.length - 1].position);
  }
}
