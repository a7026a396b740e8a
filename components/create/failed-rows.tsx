"use client";

import { csvRecord } from "../../lib/csv/csv";
import type { FailedRow } from "../../lib/upload/upload-progress";
import { Button } from "../ui/button";

const SHOWN_ROWS = 100;

/** The rows the API did not accept, with its reason; downloadable. */
export function FailedRows({ rows, label }: { rows: FailedRow[]; label: string }) {
  const download = () => {
    const csv = csvRecord(["row", "problem"]) + rows.map((r) => csvRecord([String(r.row), r.message])).join("");
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${label.replace(/\.[a-z]+$/i, "") || "upload"}-failed-rows.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <section aria-labelledby="failed-rows-title" className="rounded-md border border-danger-line p-3" data-testid="failed-rows">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="failed-rows-title" className="text-sm font-semibold text-danger-strong">
          {rows.length.toLocaleString("en-US")} {rows.length === 1 ? "row was" : "rows were"} not accepted
        </h3>
        <Button type="button" onClick={download}>
          Download (CSV)
        </Button>
      </div>
      <ul className="mt-2 max-h-60 space-y-0.5 overflow-auto text-sm">
        {rows.slice(0, SHOWN_ROWS).map((r) => (
          <li key={r.row} data-testid="failed-row">
            <span className="tabular-nums text-fg-subtle">Row {r.row}:</span> {r.message}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN_ROWS && (
        <p className="mt-1 text-xs text-fg-subtle">and {(rows.length - SHOWN_ROWS).toLocaleString("en-US")} more (see the download).</p>
      )}
    </section>
  );
}
