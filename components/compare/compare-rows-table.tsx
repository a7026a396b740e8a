"use client";

import { cellText } from "../../lib/client/flatten-output";
import { outputFieldsOf } from "../../lib/compare/output-fields";
import type { CompareRow } from "../../lib/contracts/compare";
import { Card } from "../ui/card";
import { FOCUS_RING } from "../ui/focus-ring";
import { Table, TBody, TD, TH, THead, TR } from "../ui/table";
import { groupLabel } from "./compare-format";

const CELL_PREVIEW_CHARS = 120;

export interface CompareRowsTableProps {
  rows: readonly CompareRow[];
  fields: readonly string[];
  groupCount: number;
  onOpenCell: (rowKey: string, field: string) => void;
  /** The rows are the last page's while the page asked for loads. */
  stale: boolean;
}

/**
 * Matched rows: one column per output field, each cell every group's answer one under the other; a
 * cell whose answers differ is highlighted. Values are untrusted text, rendered as text (never HTML).
 */
export function CompareRowsTable({ rows, fields, groupCount, onOpenCell, stale }: CompareRowsTableProps) {
  return (
    <Card padding="none" className={`overflow-x-auto ${stale ? "opacity-60" : ""}`} aria-busy={stale} data-testid="compare-rows">
      <Table className="w-full">
        <THead>
          <tr>
            <TH>Row</TH>
            {fields.map((field) => (
              <TH key={field} className="font-mono normal-case">
                {field}
              </TH>
            ))}
          </tr>
        </THead>
        <TBody>
          {rows.map((row) => {
            const values = row.runs.map((run) => outputFieldsOf(run.output).values);
            return (
              <TR key={row.key} data-testid="compare-row" data-key={row.key}>
                <TD className="font-mono text-xs text-fg-muted">{row.key}</TD>
                {fields.map((field) => {
                  const differs = row.differing.includes(field);
                  return (
                    <TD
                      key={field}
                      className={`align-top ${differs ? "bg-warning-surface" : ""}`}
                      data-testid="compare-cell"
                      data-field={field}
                      data-differs={differs}
                    >
                      <button
                        type="button"
                        onClick={() => onOpenCell(row.key, field)}
                        className={`w-full space-y-1 rounded-sm text-left ${FOCUS_RING}`}
                        aria-label={`Open the bases of ${field} for row ${row.key}${differs ? " (answers differ)" : ""}`}
                      >
                        {Array.from({ length: groupCount }, (_, index) => (
                          <span key={index} className="block text-xs">
                            <span className="text-fg-subtle">{groupLabel(index)}: </span>
                            {preview(values[index]?.[field]) || <span className="text-fg-subtle italic">empty</span>}
                          </span>
                        ))}
                      </button>
                    </TD>
                  );
                })}
              </TR>
            );
          })}
        </TBody>
      </Table>
    </Card>
  );
}

function preview(value: unknown): string {
  const text = cellText(value);
  return text.length > CELL_PREVIEW_CHARS ? `${text.slice(0, CELL_PREVIEW_CHARS)}…` : text;
}
