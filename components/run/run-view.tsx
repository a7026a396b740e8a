"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { ApiError } from "../../lib/client/api-error";
import { useGroup } from "../../lib/client/group-queries";
import { useRun } from "../../lib/client/run-queries";
import { groupHrefFrom } from "../runs/run-href";
import { CopyButton } from "../ui/copy-button";
import { EmptyState } from "../ui/empty-state";
import { ErrorPanel } from "../ui/error-panel";
import { StatusBadge } from "../ui/status-badge";
import { RunBreadcrumb } from "./run-breadcrumb";
import { RunInputPanel } from "./run-input-panel";
import { RunOutputPanel } from "./run-output-panel";
import { RunPageSkeleton } from "./run-page-skeleton";
import { RunProblems } from "./run-problems";
import { RunSummary } from "./run-summary";
import { buttonClass } from "../ui/button";
import { LINK } from "../ui/text-link";

const noSubscription = () => () => {};

/** One run: status, times, error and warnings, input, and its output (or live progress while active). */
export function RunView({ groupId, runId }: { groupId: string; runId: string }) {
  const from = useSearchParams().get("from");
  const run = useRun(runId);
  const group = useGroup(groupId);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const groupHref = groupHrefFrom(groupId, from);
  const groupLabel = group.data?.name || (typeof group.data?.metadata?.name === "string" ? group.data.metadata.name : groupId);

  const breadcrumb = <RunBreadcrumb groupHref={groupHref} groupLabel={groupLabel} runId={runId} />;
  if (run.isPending) {
    return (
      <div className="space-y-4">
        {breadcrumb}
        <RunPageSkeleton />
      </div>
    );
  }
  if (run.isError) {
    const missing = run.error instanceof ApiError && run.error.status === 404;
    return (
      <div className="space-y-4">
        {breadcrumb}
        {missing ? (
          <EmptyState
            testId="run-not-found"
            title="Run not found"
            description={`The upstream API does not know run ${runId}.`}
            actions={
              <Link href={groupHref} className={buttonClass()}>
                Back to the group
              </Link>
            }
          />
        ) : (
          <ErrorPanel error={run.error} action="load the run" onRetry={() => void run.refetch()} />
        )}
      </div>
    );
  }

  const data = run.data;
  const otherGroup = data.taskgroup_id && data.taskgroup_id !== groupId ? data.taskgroup_id : null;
  return (
    <div className="space-y-6" data-testid="run-view" data-status={data.status}>
      {breadcrumb}
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h1 className="flex flex-wrap items-center gap-3 text-xl font-semibold">
            <span>Run</span>
            <span className="font-mono text-base break-all" data-testid="run-id">
              {data.run_id}
            </span>
            <StatusBadge status={data.status} />
          </h1>
          {otherGroup && (
            <p className="text-sm text-warning-strong">
              This run belongs to group{" "}
              <Link className={`${LINK} font-mono`} href={`/groups/${encodeURIComponent(otherGroup)}`}>
                {otherGroup}
              </Link>
              .
            </p>
          )}
        </div>
        <div className="flex items-center gap-2">
          <CopyButton value={data.run_id} label="Copy run id" />
          <CopyButton
            value={`${origin}/groups/${encodeURIComponent(groupId)}/runs/${encodeURIComponent(runId)}`}
            label="Copy link to this run"
          >
            Copy link
          </CopyButton>
        </div>
      </header>
      <RunSummary run={data} groupId={groupId} />
      <RunProblems run={data} />
      <RunInputPanel runId={runId} />
      <RunOutputPanel run={data} />
    </div>
  );
}
