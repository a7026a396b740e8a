import type { GroupEntry, StatusSample } from "../../lib/client/group-queries";
import { StatusAreaChart } from "../charts/status-area-chart";
import { StatusBreakdownChart } from "../charts/status-breakdown-chart";
import { Spinner } from "../ui/spinner";

const CARD = "rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";

export function GroupCharts({ group, samples, historyLoading }: { group: GroupEntry; samples: readonly StatusSample[]; historyLoading: boolean }) {
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <section aria-labelledby="history-heading" className={`${CARD} lg:col-span-3`}>
        <h2 id="history-heading" className="mb-3 text-sm font-medium text-zinc-600 dark:text-zinc-400">
          Runs by status over time
        </h2>
        {historyLoading ? (
          <div className="flex h-60 items-center justify-center">
            <Spinner label="Loading the status history" />
          </div>
        ) : (
          <StatusAreaChart samples={samples} />
        )}
      </section>
      <section aria-labelledby="breakdown-heading" className={`${CARD} lg:col-span-2`}>
        <h2 id="breakdown-heading" className="mb-3 text-sm font-medium text-zinc-600 dark:text-zinc-400">
          Current breakdown
        </h2>
        <StatusBreakdownChart counts={group.status_counts} total={group.num_runs} />
      </section>
    </div>
  );
}
