import { z } from "zod";
import { callUpstream } from "../parallel/upstream-client.server";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { lockForTransaction } from "../registry/dialect-sql";

const groupCountSchema = z.object({ status: z.object({ num_task_runs: z.number().int().nonnegative() }) });

/**
 * Settles or releases the group's pending reservations (add-runs calls whose answer was lost) by
 * asking the upstream how many runs the group has: the runs beyond those of its settled
 * reservations are the ones that landed, oldest reservation first. While another call to the group
 * is still on its way, the count cannot tell whose runs arrived, so nothing is decided then; the
 * pending ones keep counting against budgets until a later call settles them. Answers how many
 * reservations it decided.
 */
export async function settleLostReservations(
  db: ConsoleDatabase,
  target: UpstreamTarget,
  groupId: string,
  atMs = Date.now(),
): Promise<number> {
  const open = await db
    .selectFrom("spend_reservations")
    .select(["id", "state", "runs"])
    .where("group_id", "=", groupId)
    .where("state", "in", ["reserved", "pending"])
    .orderBy("at_ms")
    .orderBy("id")
    .execute();
  const pending = open.filter((r) => r.state === "pending");
  if (pending.length === 0 || pending.length !== open.length) return 0;

  const group = await callUpstream<unknown>({ target, path: `/tasks/groups/${encodeURIComponent(groupId)}` });
  const upstreamRuns = groupCountSchema.parse(group).status.num_task_runs;

  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, `spend-settlement:${groupId}`);
    const settled = await trx
      .selectFrom("spend_reservations")
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("runs"), eb.lit(0)).as("runs"))
      .where("group_id", "=", groupId)
      .where("state", "=", "settled")
      .executeTakeFirstOrThrow();
    let landed = upstreamRuns - Number(settled.runs);
    for (const reservation of pending) {
      const arrived = landed >= reservation.runs;
      if (arrived) landed -= reservation.runs;
      await trx
        .updateTable("spend_reservations")
        .set({ state: arrived ? "settled" : "released", updated_at_ms: atMs })
        .where("id", "=", reservation.id)
        .where("state", "=", "pending")
        .execute();
    }
    return pending.length;
  });
}
