import type { RunStatus } from "../../lib/parallel/types";
import { STATUS_BG_CLASS, STATUS_LABEL } from "./status-styles";

/** A run status as a pill with its status colour dot; `count` is shown after the label when given. */
export function StatusBadge({ status, count, className = "" }: { status: RunStatus; count?: number; className?: string }) {
  return (
    <span
      data-testid="status-badge"
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full border border-line-strong bg-surface px-2 py-0.5 text-xs font-medium text-fg-soft ${className}`}
    >
      <span className={`h-2 w-2 shrink-0 rounded-full ${STATUS_BG_CLASS[status]}`} aria-hidden />
      {STATUS_LABEL[status]}
      {count !== undefined && <span className="tabular-nums text-fg-subtle">{count.toLocaleString("en-US")}</span>}
    </span>
  );
}
