import type { RunStatus } from "../../lib/parallel/types";
import { formatDuration, formatRate, progressStats, type CountsSample } from "./group-progress-stats";

export interface GroupProgressProps {
  counts: Partial<Record<RunStatus, number>>;
  total: number;
  active: boolean;
  samples: readonly CountsSample[];
}

/** Finished of total as a bar, with the throughput over the last minute and the time left at that rate. */
export function GroupProgress({ counts, total, active, samples }: GroupProgressProps) {
  const stats = progressStats(counts, total, samples);
  const percent = Math.floor(stats.fraction * 100);
  return (
    <section aria-label="Progress" className="space-y-2" data-testid="group-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 text-sm">
        <p>
          <span className="font-semibold tabular-nums" data-testid="progress-finished">
            {stats.finished.toLocaleString("en-US")}
          </span>
          <span className="text-fg-subtle"> of </span>
          <span className="font-semibold tabular-nums" data-testid="progress-total">
            {total.toLocaleString("en-US")}
          </span>
          <span className="text-fg-subtle"> runs finished ({percent}%)</span>
        </p>
        <p className="flex gap-6 text-fg-muted">
          {active && (
            <span data-testid="progress-throughput" title="Runs finished per minute over the last minute">
              {stats.perMinute === null ? "— runs/min" : `${formatRate(stats.perMinute)} runs/min`}
            </span>
          )}
          <span data-testid="progress-eta">
            {!active ? (total > 0 ? "Finished" : "No runs") : stats.etaMs === null ? "ETA —" : `ETA ${formatDuration(stats.etaMs)}`}
          </span>
        </p>
      </div>
      <div
        role="progressbar"
        aria-label="Runs finished"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={stats.finished}
        aria-valuetext={`${stats.finished} of ${total} runs finished`}
        className="h-2.5 w-full overflow-hidden rounded-full bg-track"
      >
        <div
          className="h-full rounded-full bg-status-completed transition-[width] duration-300 motion-reduce:transition-none"
          style={{ width: `${stats.fraction * 100}%` }}
        />
      </div>
    </section>
  );
}
