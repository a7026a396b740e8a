import { useId } from "react";
import type { StatusSample } from "../../lib/client/group-queries";
import type { RunStatus } from "../../lib/parallel/types";
import { StatusAreaChart } from "../charts/status-area-chart";
import { StatusBreakdownChart } from "../charts/status-breakdown-chart";
import { Spinner } from "../ui/spinner";
import { Card } from "../ui/card";

/** A group's status history beside its current breakdown: the group page's, and a share link's. */
export function GroupCharts({
  counts,
  total,
  samples,
  historyLoading = false,
}: {
  counts: Partial<Record<RunStatus, number>>;
  total: number;
  samples: readonly StatusSample[];
  historyLoading?: boolean;
}) {
  const historyHeading = useId();
  const breakdownHeading = useId();
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <Card aria-labelledby={historyHeading} className="lg:col-span-3">
        <h2 id={historyHeading} className="mb-3 text-sm font-medium text-fg-muted">
          Runs by status over time
        </h2>
        {historyLoading ? (
          <div className="flex h-60 items-center justify-center">
            <Spinner label="Loading the status history" />
          </div>
        ) : (
          <StatusAreaChart samples={samples} />
        )}
      </Card>
      <Card aria-labelledby={breakdownHeading} className="lg:col-span-2">
        <h2 id={breakdownHeading} className="mb-3 text-sm font-medium text-fg-muted">
          Current breakdown
        </h2>
        <StatusBreakdownChart counts={counts} total={total} />
      </Card>
    </div>
  );
}
