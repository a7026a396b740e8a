"use client";

import { useMemo, useState } from "react";
import { filterRowIssues, rowIssuesCsv } from "../../lib/upload/row-issues-csv";
import type { RowIssue } from "../../lib/upload/types";
import { Button } from "../ui/button";
import { Checkbox, Input, Select } from "../ui/input";
import { TD, TH, TR } from "../ui/table";
import { RowNumberCell, RowsTable } from "./rows-table";

// Enough to see the pattern; the download has every one.
const SHOWN_ISSUES = 200;

export interface RowIssuesProps {
  issues: RowIssue[];
  invalidRows: number;
  validRows: number;
  dropInvalid: boolean;
  onDropInvalid: (drop: boolean) => void;
  fileLabel: string;
}

/** Every row problem (row, field, message): filterable, downloadable, and the choice to leave those rows out. */
export function RowIssues({ issues, invalidRows, validRows, dropInvalid, onDropInvalid, fileLabel }: RowIssuesProps) {
  const [query, setQuery] = useState("");
  const [field, setField] = useState<string | null>(null);
  const fields = useMemo(() => [...new Set(issues.map((i) => i.field ?? ""))].sort(), [issues]);
  const shown = useMemo(() => filterRowIssues(issues, query, field), [issues, query, field]);
  const filtered = query.trim() !== "" || field !== null;

  const download = () => {
    const url = URL.createObjectURL(new Blob([rowIssuesCsv(shown)], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${fileLabel.replace(/\.[a-z]+$/i, "") || "rows"}-problems.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section aria-labelledby="row-issues-title" data-testid="row-issues" className="rounded-md border border-danger-line p-3">
      <h3 id="row-issues-title" className="text-sm font-semibold text-danger-strong" data-testid="row-issues-title">
        {invalidRows.toLocaleString("en-US")} {invalidRows === 1 ? "row has a problem" : "rows have problems"}
      </h3>
      <p className="mt-1 text-sm text-fg-muted">
        Nothing is submitted until every row is fixed (in the file, or by changing the columns above) or left out.
      </p>

      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Input
          type="search"
          className="w-56"
          placeholder="Filter by row, field or text"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Filter row problems"
        />
        {fields.length > 1 && (
          <Select
            value={field ?? "*"}
            onChange={(e) => setField(e.target.value === "*" ? null : e.target.value)}
            aria-label="Only problems of field"
          >
            <option value="*">All fields</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {f || "(whole row)"}
              </option>
            ))}
          </Select>
        )}
        <Button type="button" onClick={download} disabled={shown.length === 0} data-testid="download-issues">
          Download {filtered ? `${shown.length.toLocaleString("en-US")} shown` : "all"} (CSV)
        </Button>
      </div>

      <RowsTable
        className="mt-3 max-h-72"
        head={
          <>
            <TH density="compact">Field</TH>
            <TH density="compact">Problem</TH>
          </>
        }
        footer={
          <>
            {shown.length > SHOWN_ISSUES && (
              <p className="mt-2 text-xs text-fg-subtle">
                Showing {SHOWN_ISSUES} of {shown.length.toLocaleString("en-US")}; filter or download to see the rest.
              </p>
            )}
            {shown.length === 0 && <p className="py-2 text-sm text-fg-subtle">No problem matches the filter.</p>}
          </>
        }
      >
        {shown.slice(0, SHOWN_ISSUES).map((issue, i) => (
          <TR key={`${issue.row}-${issue.field}-${i}`} className="align-top" data-testid="row-issue" data-row={issue.row}>
            <RowNumberCell row={issue.row} />
            <TD density="compact" className="font-mono text-xs">
              {issue.field ?? "—"}
            </TD>
            <TD density="compact">{issue.message}</TD>
          </TR>
        ))}
      </RowsTable>

      <label className="mt-3 flex items-center gap-2 text-sm">
        <Checkbox checked={dropInvalid} onChange={(e) => onDropInvalid(e.target.checked)} data-testid="drop-invalid-rows" />
        Leave out the {invalidRows.toLocaleString("en-US")} {invalidRows === 1 ? "row" : "rows"} with problems and submit the other{" "}
        {validRows.toLocaleString("en-US")}
      </label>
    </section>
  );
}
