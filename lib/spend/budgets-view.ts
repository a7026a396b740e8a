import "server-only";
import { listMembers } from "../auth/members";
import type { BudgetsView } from "../contracts/spend";
import { microToUsd } from "../parallel/price-table";
import type { ConsoleDatabase } from "../registry/database-schema";
import { listBudgets } from "./budgets";

/** The team's budget and every member with their cap, for the budgets page. */
export async function budgetsView(db: ConsoleDatabase): Promise<BudgetsView> {
  const [budgets, members] = await Promise.all([listBudgets(db), listMembers(db)]);
  return {
    teamMonthlyUsd: budgets.team === null ? null : microToUsd(budgets.team),
    members: members.map((m) => {
      const cap = budgets.members[m.id];
      return { id: m.id, name: m.name, email: m.email, role: m.role, monthlyUsd: cap === undefined ? null : microToUsd(cap) };
    }),
  };
}
