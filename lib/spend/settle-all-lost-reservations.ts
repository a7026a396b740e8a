import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { settleLostReservations } from "./settle-lost-reservations";

/** How often the cluster's leader looks for lost add-runs answers that no later call has settled. */
export const SETTLE_LOST_RESERVATIONS_INTERVAL_MS = 60_000;

/**
 * Settles or releases the pending reservations of every group that has some, so an answer lost
 * while the upstream was unreachable stops counting against budgets without waiting for the
 * group's next add-runs call. A group whose upstream still fails is left for the next sweep.
 * Answers how many reservations it decided.
 */
export async function settleAllLostReservations(db: ConsoleDatabase, target: UpstreamTarget): Promise<number> {
  const groups = await db.selectFrom("spend_reservations").select("group_id").distinct().where("state", "=", "pending").execute();
  let decided = 0;
  for (const { group_id: groupId } of groups) {
    decided += await settleLostReservations(db, target, groupId).catch((error: unknown) => {
      console.warn(`spend: the lost add-runs answers of ${groupId} stay pending until the next sweep:`, (error as Error).message);
      return 0;
    });
  }
  return decided;
}
