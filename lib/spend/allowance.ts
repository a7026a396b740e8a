import type { AllowanceView } from "../contracts/spend";
import { microToUsd, type PriceTable } from "../parallel/price-table";
import type { ConsoleDatabase } from "../registry/database-schema";
import { getBudget, memberSubject } from "./budgets";
import { monthBounds, monthOf } from "./month";
import { spentSince } from "./spent-this-month";

/** The prices and what `memberId` has left this month under their cap and the team's budget. */
export async function allowanceOf(db: ConsoleDatabase, memberId: string, prices: PriceTable, atMs = Date.now()): Promise<AllowanceView> {
  const month = monthOf(atMs);
  const { startMs } = monthBounds(month);
  const [memberSpent, memberCap, teamSpent, teamBudget] = await Promise.all([
    spentSince(db, startMs, memberId),
    getBudget(db, memberSubject(memberId)),
    spentSince(db, startMs),
    getBudget(db, "team"),
  ]);
  const left = [memberCap === null ? null : memberCap - memberSpent, teamBudget === null ? null : teamBudget - teamSpent].filter(
    (l) => l !== null,
  );
  return {
    month,
    prices: { ...prices },
    memberSpentUsd: microToUsd(memberSpent),
    memberCapUsd: memberCap === null ? null : microToUsd(memberCap),
    teamSpentUsd: microToUsd(teamSpent),
    teamBudgetUsd: teamBudget === null ? null : microToUsd(teamBudget),
    leftUsd: left.length === 0 ? null : microToUsd(Math.max(0, Math.min(...left))),
  };
}
