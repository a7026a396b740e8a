import type { ReactNode } from "react";
import { formatSpendUsd } from "../../../lib/spend/format-spend-usd";
import { Table, TBody, TD, TH, THead, TR } from "../../ui/table";

export interface UsageRow {
  key: string;
  label: ReactNode;
  runs: number;
  usd: number;
}

/** One breakdown of the month's spend (by member, processor or group): runs and USD, most spent first. */
export function UsageTable({ title, rows, testId }: { title: string; rows: UsageRow[]; testId: string }) {
  return (
    <Table className="w-full" data-testid={testId}>
      <caption className="pb-2 text-left text-sm font-semibold">{title}</caption>
      <THead>
        <tr>
          <TH>{title.replace(/^By /, "")}</TH>
          <TH className="text-right">Runs</TH>
          <TH className="text-right">Spend</TH>
        </tr>
      </THead>
      <TBody>
        {rows.length === 0 ? (
          <TR>
            <TD colSpan={3} className="text-fg-subtle">
              Nothing spent this month.
            </TD>
          </TR>
        ) : (
          rows.map((row) => (
            <TR key={row.key} data-testid={`${testId}-row`} data-key={row.key}>
              <TD>{row.label}</TD>
              <TD className="text-right tabular-nums">{row.runs.toLocaleString("en-US")}</TD>
              <TD className="text-right tabular-nums" data-testid="usage-usd">
                {formatSpendUsd(row.usd)}
              </TD>
            </TR>
          ))
        )}
      </TBody>
    </Table>
  );
}
