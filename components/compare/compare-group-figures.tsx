import Link from "next/link";
import type { ComparedGroup } from "../../lib/contracts/compare";
import { formatLatency, formatUsd } from "../../lib/upload/estimate";
import { Card } from "../ui/card";
import { Table, TBody, TD, TH, THead, TR } from "../ui/table";
import { LINK } from "../ui/text-link";
import { formatShare, groupLabel } from "./compare-format";

/** Per group: processor, runs, cost, median and p90 latency, failure rate. */
export function CompareGroupFigures({ groups }: { groups: readonly ComparedGroup[] }) {
  return (
    <Card padding="none" className="overflow-x-auto" data-testid="compare-group-figures">
      <Table className="w-full">
        <THead>
          <tr>
            <TH>Group</TH>
            <TH>Processor</TH>
            <TH className="text-right">Runs</TH>
            <TH className="text-right">Cost</TH>
            <TH className="text-right">Median latency</TH>
            <TH className="text-right">p90 latency</TH>
            <TH className="text-right">Failure rate</TH>
          </tr>
        </THead>
        <TBody>
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
        </TBody>
      </Table>
    </Card>
  );
}
