import type { GroupEntry, StatusSample } from "../../lib/client/group-queries";
import { StatusAreaChart } from "../charts/status-area-chart";
import { StatusBreakdownChart } from "../charts/status-breakdown-chart";
import { Spinner } from "../ui/spinner";
import { Card } from "../ui/card";

export function GroupCharts({
  group,
  samples,
  historyLoading,
}: {
  group: GroupEntry;
  samples: readonly StatusSample[];
  historyLoading: boolean;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <Card aria-labelledby="history-heading" className="lg:col-span-3">
        <h2 id="history-heading" className="mb-3 text-sm font-medium text-fg-muted">
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
      <Card aria-labelledby="breakdown-heading" className="lg:col-span-2">
        <h2 id="breakdown-heading" className="mb-3 text-sm font-medium text-fg-muted">
          Current breakdown
        </h2>
        <StatusBreakdownChart counts={group.status_counts} total={group.num_runs} />
      </Card>
    </div>
  );
}
