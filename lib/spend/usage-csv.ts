import { csvRecord } from "../csv/csv";
import type { UsageView } from "../contracts/spend";

/** The month's usage as CSV: one record per member, processor, group and day, each with its runs and USD. */
export function usageCsv(view: UsageView): string {
  const rows = [
    ...view.byMember.map((m) => ["member", m.email ?? "(no member)", m.runs, m.usd] as const),
    ...view.byProcessor.map((p) => ["processor", p.processor, p.runs, p.usd] as const),
    ...view.byGroup.map((g) => ["group", g.name ? `${g.name} (${g.groupId})` : g.groupId, g.runs, g.usd] as const),
    ...view.byDay.map((d) => ["day", d.day, d.runs, d.usd] as const),
  ];
  return [
    csvRecord(["month", "by", "key", "runs", "usd"]),
    ...rows.map(([by, key, runs, usd]) => csvRecord([view.month, by, key, String(runs), String(usd)])),
  ].join("");
}
