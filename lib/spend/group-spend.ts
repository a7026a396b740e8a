import type { GroupSpendView } from "../contracts/spend";
import { microToUsd } from "../parallel/price-table";
import type { ConsoleDatabase } from "../registry/database-schema";

/** What the console has spent on one group so far (settled add-runs calls). */
export async function groupSpend(db: ConsoleDatabase, groupId: string): Promise<GroupSpendView> {
  const row = await db
    .selectFrom("spend_reservations")
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<number>("runs"), eb.lit(0)).as("runs"),
      eb.fn.coalesce(eb.fn.sum<number>("cost_micro_usd"), eb.lit(0)).as("micro"),
    ])
    .where("group_id", "=", groupId)
    .where("state", "=", "settled")
    .executeTakeFirstOrThrow();
  return { groupId, runs: Number(row.runs), usd: microToUsd(Number(row.micro)) };
}
