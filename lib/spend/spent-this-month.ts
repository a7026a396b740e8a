import type { Kysely } from "kysely";
import type { ConsoleSchema } from "../registry/database-schema";

/** What counts against a budget: spent, on its way, or sent without an answer yet. */
export const COUNTED_STATES = ["reserved", "pending", "settled"] as const;

/** Micro-USD counted against budgets since `startMs`, for the team or (given `memberId`) one member. */
export async function spentSince(db: Kysely<ConsoleSchema>, startMs: number, memberId?: string): Promise<number> {
  let query = db
    .selectFrom("spend_reservations")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("cost_micro_usd"), eb.lit(0)).as("total"))
    .where("state", "in", COUNTED_STATES)
    .where("at_ms", ">=", startMs);
  if (memberId !== undefined) query = query.where("member_id", "=", memberId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.total);
}
