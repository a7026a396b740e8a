import { RUN_STATUSES, type RunStatus } from "../../lib/parallel/types";
import { STATUS_BG_CLASS, STATUS_LABEL } from "./status-styles";

export interface StatusBarProps {
  counts: Partial<Record<RunStatus, number>>;
  /** Total runs; defaults to the sum of the counts. */
  total?: number;
  className?: string;
}

/** A stacked mini-bar of run status counts, in the one status order, with a text equivalent for screen readers. */
export function StatusBar({ counts, total, className = "" }: StatusBarProps) {
  const parts = RUN_STATUSES.map((status) => ({ status, n: counts[status] ?? 0 })).filter((p) => p.n > 0);
  const sum = total ?? parts.reduce((acc, p) => acc + p.n, 0);
  const description = sum === 0 ? "No runs" : parts.map((p) => `${STATUS_LABEL[p.status]} ${p.n}`).join(", ");
  return (
    <div
      role="img"
      aria-label={description}
      title={description}
      data-testid="status-bar"
      data-total={sum}
      className={`flex h-2 w-full overflow-hidden rounded-full bg-track ${className}`}
    >
      {sum > 0 &&
        parts.map((p) => (
          <span
            key={p.status}
            data-status={p.status}
            data-count={p.n}
            className={`h-full ${STATUS_BG_CLASS[p.status]}`}
            style={{ width: `${(p.n / sum) * 100}%` }}
          />
        ))}
    </div>
  );
}
