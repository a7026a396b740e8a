import type { UsageAmount, UsageView } from "../contracts/spend";
import { microToUsd } from "../parallel/price-table";
import type { ConsoleDatabase } from "../registry/database-schema";
import { usageReport, type UsageLine } from "./usage-report";

const amount = ({ runs, microUsd }: UsageLine): UsageAmount => ({ runs, usd: microToUsd(microUsd) });

/** The month's usage as the usage page shows it: the team's for an admin, `memberId`'s own otherwise. */
export async function usageView(db: ConsoleDatabase, month: string, memberId: string | null): Promise<UsageView> {
  const report = await usageReport(db, { month, memberId: memberId ?? undefined });
  return {
    month,
    scope: memberId === null ? "team" : "member",
    total: amount(report.total),
    pending: amount(report.pending),
    byMember: report.byMember.map((m) => ({ memberId: m.memberId, email: m.email, ...amount(m) })),
    byProcessor: report.byProcessor.map((p) => ({ processor: p.processor, ...amount(p) })),
    byGroup: report.byGroup.map((g) => ({ groupId: g.groupId, name: g.name, ...amount(g) })),
    byDay: report.byDay.map((d) => ({ day: d.day, ...amount(d) })),
  };
}
