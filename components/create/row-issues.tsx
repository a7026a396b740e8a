"use client";

import { useMemo, useState } from "react";
import { filterRowIssues, rowIssuesCsv } from "../../lib/upload/row-issues-csv";
import type { RowIssue } from "../../lib/upload/types";
import { BUTTON_SECONDARY, INPUT } from "../ui/button-styles";
import { CHECKBOX } from "./field-styles";

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
    <section aria-labelledby="row-issues-title" data-testid="row-issues" className="rounded-md border border-red-200 p-3 dark:border-red-900">
      <h3 id="row-issues-title" className="text-sm font-semibold text-red-800 dark:text-red-300" data-testid="row-issues-title">
        {invalidRows.toLocaleString("en-US")} {invalidRows === 1 ? "row has a problem" : "rows have problems"}
      </h3>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Nothing is submitted until every row is fixed (in the file, or by changing the columns above) or left out.</p>

      <div className="mt-3 flex flex-wrap items-center gap-2">
        <input type="search" className={`${INPUT} w-56`} placeholder="Filter by row, field or text" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Filter row problems" />
        {fields.length > 1 && (
          <select className={INPUT} value={field ?? "*"} onChange={(e) => setField(e.target.value === "*" ? null : e.target.value)} aria-label="Only problems of field">
            <option value="*">All fields</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {f || "(whole row)"}
              </option>
            ))}
          </select>
        )}
        <button type="button" className={BUTTON_SECONDARY} onClick={download} disabled={shown.length === 0} data-testid="download-issues">
          Download {filtered ? `${shown.length.toLocaleString("en-US")} shown` : "all"} (CSV)
        </button>
      </div>

      <div className="mt-3 max-h-72 overflow-auto">
        <table className="w-full text-left text-sm">
          <thead className="sticky top-0 bg-white text-xs uppercase text-zinc-500 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              <th className="py-1 pr-3 font-medium">Row</th>
              <th className="py-1 pr-3 font-medium">Field</th>
              <th className="py-1 font-medium">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN_ISSUES).map((issue, i) => (
              <tr key={`${issue.row}-${issue.field}-${i}`} className="border-t border-zinc-100 align-top dark:border-zinc-800" data-testid="row-issue" data-row={issue.row}>
                <td className="py-1 pr-3 tabular-nums">{issue.row}</td>
                <td className="py-1 pr-3 font-mono text-xs">{issue.field ?? "—"}</td>
                <td className="py-1">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > SHOWN_ISSUES && (
          <p className="mt-2 text-xs text-zinc-500">
            Showing {SHOWN_ISSUES} of {shown.length.toLocaleString("en-US")}; filter or download to see the rest.
          </p>
        )}
        {shown.length === 0 && <p className="py-2 text-sm text-zinc-500">No problem matches the filter.</p>}
      </div>

      <label className="mt-3 flex items-center gap-2 text-sm">
        <input type="checkbox" className={CHECKBOX} checked={dropInvalid} onChange={(e) => onDropInvalid(e.target.checked)} data-testid="drop-invalid-rows" />
        Leave out the {invalidRows.toLocaleString("en-US")} {invalidRows === 1 ? "row" : "rows"} with problems and submit the other {validRows.toLocaleString("en-US")}
      </label>
    </section>
  );
}
