import type { ConsoleDatabase } from "../registry/database-schema";
import { monthBounds } from "./month";

export interface UsageLine {
  runs: number;
  microUsd: number;
}

export interface UsageReport {
  month: string;
  total: UsageLine;
  /** Sent, with the upstream's answer lost: counted against budgets until settled or released. */
  pending: UsageLine;
  byMember: (UsageLine & { memberId: string | null; email: string | null })[];
  byProcessor: (UsageLine & { processor: string })[];
  byGroup: (UsageLine & { groupId: string; name: string | null })[];
  /** `YYYY-MM-DD` (UTC) → spend, only the days with any. */
  byDay: (UsageLine & { day: string })[];
}

/** Settled spend in `month` (`YYYY-MM`, UTC) by member, processor, group and day; only `memberId`'s when given. */
export async function usageReport(db: ConsoleDatabase, { month, memberId }: { month: string; memberId?: string }): Promise<UsageReport> {
  const { startMs, endMs } = monthBounds(month);
  let lines = db
    .selectFrom("spend_lines as l")
    .innerJoin("spend_reservations as r", "r.id", "l.reservation_id")
    .leftJoin("groups as g", "g.id", "r.group_id")
    .select([
      "r.member_id",
      "r.member_email",
      "r.group_id",
      "g.name as group_name",
      "r.state",
      "r.at_ms",
      "l.processor",
      "l.runs",
      "l.cost_micro_usd",
    ])
    .where("r.state", "in", ["settled", "pending"])
    .where("r.at_ms", ">=", startMs)
    .where("r.at_ms", "<", endMs);
  if (memberId !== undefined) lines = lines.where("r.member_id", "=", memberId);
  const rows = await lines.orderBy("r.at_ms").orderBy("r.id").orderBy("l.processor").execute();

  const report: UsageReport = { month, total: zero(), pending: zero(), byMember: [], byProcessor: [], byGroup: [], byDay: [] };
  const members = new Map<string, UsageReport["byMember"][number]>();
  const processors = new Map<string, UsageReport["byProcessor"][number]>();
  const groups = new Map<string, UsageReport["byGroup"][number]>();
  const days = new Map<string, UsageReport["byDay"][number]>();
  for (const row of rows) {
    const line = { runs: Number(row.runs), microUsd: Number(row.cost_micro_usd) };
    if (row.state === "pending") {
      add(report.pending, line);
      continue;
    }
    add(report.total, line);
    const day = new Date(Number(row.at_ms)).toISOString().slice(0, 10);
    add(
      entry(members, row.member_id ?? "", () => ({ memberId: row.member_id, email: row.member_email, ...zero() })),
      line,
    );
    add(
      entry(processors, row.processor, () => ({ processor: row.processor, ...zero() })),
      line,
    );
    add(
      entry(groups, row.group_id, () => ({ groupId: row.group_id, name: row.group_name, ...zero() })),
      line,
    );
    add(
      entry(days, day, () => ({ day, ...zero() })),
      line,
    );
  }
  // Most spent first; ties in the order of first spend (then by name).
  const byCost = <T extends UsageLine>(map: Map<string, T>) => [...map.values()].sort((a, b) => b.microUsd - a.microUsd);
  return { ...report, byMember: byCost(members), byProcessor: byCost(processors), byGroup: byCost(groups), byDay: [...days.values()] };
}

function zero(): UsageLine {
  return { runs: 0, microUsd: 0 };
}

function add(into: UsageLine, line: UsageLine) {
  into.runs += line.runs;
  into.microUsd += line.microUsd;
}

function entry<T>(map: Map<string, T>, key: string, make: () => T): T {
  let found = map.get(key);
  if (!found) map.set(key, (found = make()));
  return found;
}
