import { groupExportUrl } from "../../lib/contracts/group-export";
import type { RunStatus } from "../../lib/parallel/types";
import { LINK } from "../ui/text-link";

/**
 * Download links for the runs the table's filters match (every page, not just this one). Shown only
 * while a filter is on: the group header already offers the whole group.
 */
export function RunsExportLinks({ groupId, status, q }: { groupId: string; status: RunStatus | null; q: string }) {
  const href = (format: "csv" | "jsonl", bom = false) => groupExportUrl({ id: groupId }, { format, status, q, bom: bom ? "1" : null });
  if (!status && !q) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="runs-export">
      <span className="text-fg-muted">Export matching runs:</span>
      <a href={href("csv")} download className={LINK}>
        CSV
      </a>
      <a href={href("csv", true)} download className={LINK} title="CSV with a byte order mark, so Excel reads accents and non-Latin text">
        CSV for Excel
      </a>
      <a href={href("jsonl")} download className={LINK}>
        JSONL
      </a>
    </div>
  );
}
