import type { Kysely } from "kysely";
import type { ConsoleSchema } from "../registry/database-schema";
import type { BudgetSubject } from "./spend-schema";

export function memberSubject(memberId: string): BudgetSubject {
  return `member:${memberId}`;
}

/** The monthly budget of `subject` in micro-USD, or null when none is set (no limit). */
export async function getBudget(db: Kysely<ConsoleSchema>, subject: BudgetSubject): Promise<number | null> {
  const row = await db.selectFrom("budgets").select("monthly_micro_usd").where("subject", "=", subject).executeTakeFirst();
  return row ? Number(row.monthly_micro_usd) : null;
}

/** Sets (or, with null, removes) the monthly budget of `subject`; answers the one it replaced. */
export async function setBudget(
  db: Kysely<ConsoleSchema>,
  subject: BudgetSubject,
  monthlyMicroUsd: number | null,
  atMs = Date.now(),
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    const before = await getBudget(trx, subject);
    if (monthlyMicroUsd === null) await trx.deleteFrom("budgets").where("subject", "=", subject).execute();
    else
      await trx
        .insertInto("budgets")
        .values({ subject, monthly_micro_usd: monthlyMicroUsd, updated_at_ms: atMs })
        .onConflict((oc) => oc.column("subject").doUpdateSet({ monthly_micro_usd: monthlyMicroUsd, updated_at_ms: atMs }))
        .execute();
    return before;
  });
}

/** Every budget set: the team's and each member's cap, in micro-USD. */
export async function listBudgets(db: Kysely<ConsoleSchema>): Promise<{ team: number | null; members: Record<string, number> }> {
  const rows = await db.selectFrom("budgets").select(["subject", "monthly_micro_usd"]).execute();
  const members: Record<string, number> = {};
  let team: number | null = null;
  for (const row of rows) {
    if (row.subject === "team") team = Number(row.monthly_micro_usd);
    else members[row.subject.slice("member:".length)] = Number(row.monthly_micro_usd);
  }
  return { team, members };
}
