import type { RunStatus } from "../../lib/parallel/types";
import { STATUS_BG_CLASS, STATUS_LABEL } from "./status-styles";

/** A run status as a pill with its status colour dot; `count` is shown after the label when given. */
export function StatusBadge({ status, count, className = "" }: { status: RunStatus; count?: number; className?: string }) {
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full border border-zinc-300 bg-white px-2 py-0.5 text-xs font-medium text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 ${className}`}
    >
      <span className={`h-2 w-2 shrink-0 rounded-full ${STATUS_BG_CLASS[status]}`} aria-hidden />
      {STATUS_LABEL[status]}
      {count !== undefined && <span className="tabular-nums text-zinc-500 dark:text-zinc-400">{count.toLocaleString("en-US")}</span>}
    </span>
  );
}
