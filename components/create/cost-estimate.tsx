"use client";

import { useAllowance } from "../../lib/client/spend-queries";
import { getProcessor } from "../../lib/parallel/processors";
import { formatSpendUsd } from "../../lib/spend/format-spend-usd";
import { estimateRuns, formatLatencyRange, formatUsd } from "../../lib/upload/estimate";

/** What the submission will cost at the console's prices, what the member has left this month, and how long a run takes. */
export function CostEstimate({ runs, processor }: { runs: number; processor: string }) {
  const allowance = useAllowance();
  const info = getProcessor(processor);
  if (!info || runs === 0)
    return (
      <p className="text-sm text-fg-subtle" data-testid="estimate">
        No rows to estimate yet.
      </p>
    );
  // The documented price until the console's own (CONSOLE_PRICES applied) has loaded.
  const usdPer1000Runs = allowance.data?.prices[processor] ?? info.usdPer1000Runs;
  const estimate = estimateRuns(runs, { ...info, usdPer1000Runs });
  const leftUsd = allowance.data?.leftUsd ?? null;
  return (
    <div className="text-sm" data-testid="estimate">
      <p>
        <span className="text-lg font-semibold tabular-nums" data-testid="estimate-cost">
          {formatUsd(estimate.usd)}
        </span>{" "}
        <span className="text-fg-muted">
          for {runs.toLocaleString("en-US")} {runs === 1 ? "run" : "runs"} × {formatUsd(usdPer1000Runs)} per 1,000 ({info.name})
        </span>
      </p>
      {leftUsd !== null && (
        <p className={estimate.usd > leftUsd ? "text-danger" : "text-fg-muted"} data-testid="estimate-left">
          {formatSpendUsd(leftUsd)} left in your budget this month
          {estimate.usd > leftUsd ? ": these runs go over it, and the runs beyond it will be refused." : "."}
        </p>
      )}
      <p className="text-fg-muted" data-testid="estimate-time">
        Each run takes {formatLatencyRange(estimate.minMs, estimate.maxMs)}; runs execute in parallel, so the group usually finishes in
        about that time once they start.
      </p>
    </div>
  );
}
