import { csvRecord } from "../csv/csv";
import type { RowIssue } from "./types";

/** The row problems as a CSV file (row, field, problem), formula-safe for spreadsheets. */
export function rowIssuesCsv(issues: readonly RowIssue[]): string {
  return csvRecord(["row", "field", "problem"]) + issues.map((i) => csvRecord([String(i.row), i.field ?? "", i.message])).join("");
}

/** Issues whose field or message contains `query` (case-insensitive), and of `field` when given. */
export function filterRowIssues(issues: readonly RowIssue[], query: string, field: string | null): RowIssue[] {
  const q = query.trim().toLowerCase();
  return issues.filter(
    (i) =>
      (field === null || (i.field ?? "") === field) &&
      (q === "" || String(i.row) === q || i.message.toLowerCase().includes(q) || (i.field ?? "").toLowerCase().includes(q)),
  );
}
