import { getProcessor } from "../../lib/parallel/processors";
import { estimateRuns, formatLatencyRange, formatUsd } from "../../lib/upload/estimate";

/** What the submission will cost and how long a run takes, before anything is sent. */
export function CostEstimate({ runs, processor }: { runs: number; processor: string }) {
  const info = getProcessor(processor);
  if (!info || runs === 0)
    return (
      <p className="text-sm text-fg-subtle" data-testid="estimate">
        No rows to estimate yet.
      </p>
    );
  const estimate = estimateRuns(runs, info);
  return (
    <div className="text-sm" data-testid="estimate">
      <p>
        <span className="text-lg font-semibold tabular-nums" data-testid="estimate-cost">
          {formatUsd(estimate.usd)}
        </span>{" "}
        <span className="text-fg-muted">
          for {runs.toLocaleString("en-US")} {runs === 1 ? "run" : "runs"} × {formatUsd(info.usdPer1000Runs)} per 1,000 ({info.name})
        </span>
      </p>
      <p className="text-fg-muted" data-testid="estimate-time">
        Each run takes {formatLatencyRange(estimate.minMs, estimate.maxMs)}; runs execute in parallel, so the group usually finishes in
        about that time once they start.
      </p>
    </div>
  );
}
