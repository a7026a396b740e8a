"use client";

import Link from "next/link";
import { parseAsString, useQueryState } from "nuqs";
import { useUsage } from "../../../lib/client/spend-queries";
import { usageExportUrl } from "../../../lib/contracts/spend";
import { formatSpendUsd } from "../../../lib/spend/format-spend-usd";
import { buttonClass } from "../../ui/button";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { Input, LABEL } from "../../ui/input";
import { Spinner } from "../../ui/spinner";
import { LINK } from "../../ui/text-link";
import { UsageDayChart } from "./usage-day-chart";
import { UsageTable } from "./usage-table";

/** Spend this month (or the month in the URL) per day, by member, processor and group, with its CSV. */
export function UsageView() {
  const [month, setMonth] = useQueryState("month", parseAsString.withOptions({ history: "push" }));
  const usage = useUsage(month);

  return (
    <div className="space-y-4" data-testid="usage-view">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold tracking-tight">Usage</h1>
          {usage.data && (
            <p className="text-sm text-fg-muted">
              {usage.data.scope === "team" ? "The whole team's spend" : "Your spend"} in {usage.data.month} (UTC), as runs × the price per
              run.
            </p>
          )}
        </div>
        <div className="flex items-end gap-3">
          <label className="space-y-1">
            <span className={LABEL}>Month</span>
            <Input
              type="month"
              value={month ?? usage.data?.month ?? ""}
              onChange={(e) => void setMonth(e.target.value || null)}
              data-testid="usage-month"
            />
          </label>
          <a href={usageExportUrl({ month })} className={buttonClass()} download data-testid="usage-export">
            Export CSV
          </a>
        </div>
      </div>
      {usage.isPending ? (
        <Spinner label="Loading usage" />
      ) : usage.isError && !usage.data ? (
        <ErrorPanel error={usage.error} action="load usage" onRetry={() => void usage.refetch()} />
      ) : (
        <>
          <Card padding="lg" className="space-y-3">
            <p>
              <span className="text-2xl font-semibold tabular-nums" data-testid="usage-total">
                {formatSpendUsd(usage.data.total.usd)}
              </span>{" "}
              <span className="text-fg-muted" data-testid="usage-total-runs">
                for {usage.data.total.runs.toLocaleString("en-US")} runs
              </span>
            </p>
            {usage.data.pending.runs > 0 && (
              <p className="text-sm text-fg-muted" data-testid="usage-pending">
                {usage.data.pending.runs.toLocaleString("en-US")} more runs ({formatSpendUsd(usage.data.pending.usd)}) were sent without an
                answer; they count against budgets until the group&apos;s run count settles them.
              </p>
            )}
            <UsageDayChart days={usage.data.byDay} />
          </Card>
          <div className="grid gap-4 lg:grid-cols-3">
            <Card>
              <UsageTable
                title="By member"
                testId="usage-by-member"
                rows={usage.data.byMember.map((m) => ({
                  key: m.memberId ?? "",
                  label: m.email ?? "(no member)",
                  runs: m.runs,
                  usd: m.usd,
                }))}
              />
            </Card>
            <Card>
              <UsageTable
                title="By processor"
                testId="usage-by-processor"
                rows={usage.data.byProcessor.map((p) => ({ key: p.processor, label: p.processor, runs: p.runs, usd: p.usd }))}
              />
            </Card>
            <Card>
              <UsageTable
                title="By group"
                testId="usage-by-group"
                rows={usage.data.byGroup.map((g) => ({
                  key: g.groupId,
                  label: (
                    <Link href={`/groups/${encodeURIComponent(g.groupId)}`} className={LINK}>
                      {g.name ?? g.groupId}
                    </Link>
                  ),
                  runs: g.runs,
                  usd: g.usd,
                }))}
              />
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
