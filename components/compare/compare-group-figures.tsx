import Link from "next/link";
import type { ComparedGroup } from "../../lib/contracts/compare";
import { formatLatency, formatUsd } from "../../lib/upload/estimate";
import { CardTable, type CardTableColumn } from "../ui/card-table";
import { TD, TR } from "../ui/table";
import { LINK } from "../ui/text-link";
import { formatShare, groupLabel } from "./compare-format";

const COLUMNS: readonly CardTableColumn[] = [
  "Group",
  "Processor",
  ...["Runs", "Cost", "Median latency", "p90 latency", "Failure rate"].map((label) => ({ label, align: "right" as const })),
];

/** Per group: processor, runs, cost, median and p90 latency, failure rate. */
export function CompareGroupFigures({ groups }: { groups: readonly ComparedGroup[] }) {
  return (
    <CardTable caption="Figures per group" columns={COLUMNS} data-testid="compare-group-figures">
      {groups.map((group, index) => (
        <TR key={group.id} data-testid="compare-group-row" data-group={group.id}>
          <TD>
            <Link href={`/groups/${encodeURIComponent(group.id)}`} className={LINK}>
              {groupLabel(index)}: {group.name ?? group.id}
            </Link>
            {!group.final && <span className="ml-2 text-xs text-fg-subtle">still being read</span>}
          </TD>
          <TD>{group.processors.join(", ") || "–"}</TD>
          <TD className="text-right tabular-nums">{group.figures.runs.toLocaleString("en-US")}</TD>
          <TD className="text-right tabular-nums" data-testid="compare-group-cost">
            {group.figures.costUsd === null ? "unknown" : formatUsd(group.figures.costUsd)}
          </TD>
          <TD className="text-right tabular-nums">
            {group.figures.medianLatencyMs === null ? "–" : formatLatency(group.figures.medianLatencyMs)}
          </TD>
          <TD className="text-right tabular-nums">
            {group.figures.p90LatencyMs === null ? "–" : formatLatency(group.figures.p90LatencyMs)}
          </TD>
          <TD className="text-right tabular-nums">{formatShare(group.figures.failureRate)}</TD>
        </TR>
      ))}
    </CardTable>
  );
}
