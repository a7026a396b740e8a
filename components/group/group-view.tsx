"use client";

import { ApiError } from "../../lib/client/api-error";
import { useGroup, useGroupHistory, type StatusSample } from "../../lib/client/group-queries";
import { useGroupEvents } from "../../lib/client/use-group-events";
import { useRunsPage } from "../../lib/client/run-queries";
import { RunsTable } from "../runs/runs-table";
import { runsPageParams, useRunsUrlState } from "../runs/use-runs-url-state";
import { EmptyState } from "../ui/empty-state";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { GroupCharts } from "./group-charts";
import { GroupHeader } from "./group-header";
import { GroupNotFound } from "./group-not-found";
import { GroupProgress } from "./group-progress";
import { GatedLinkButton } from "../member/gated-link-button";
import { ShareLinksPanel } from "../share/share-links-panel";
import { AlertsPanel } from "../alerts/alerts-panel";

const NO_SAMPLES: StatusSample[] = [];

/** The live view of one group: header, progress, charts and its runs, fed by one SSE stream. */
export function GroupView({ groupId }: { groupId: string }) {
  const group = useGroup(groupId);
  const { view } = useRunsUrlState();
  // The table's first page is asked for now, alongside the group, not once the group has answered.
  useRunsPage(groupId, runsPageParams(view));
  const history = useGroupHistory(groupId, group.isSuccess);
  const connection = useGroupEvents(groupId, group.data?.is_active === true);

  if (group.isPending) {
    return (
      <div className="flex justify-center py-16" data-testid="group-loading">
        <Spinner label="Loading the group" />
      </div>
    );
  }
  if (group.isError) {
    const error = group.error;
    if (error instanceof ApiError && (error.code === "not_found" || error.code === "validation_failed")) {
      return <GroupNotFound groupId={groupId} message={error.message} />;
    }
    return <ErrorPanel error={error} action="load the group" onRetry={() => void group.refetch()} />;
  }

  const entry = group.data;
  const samples = history.data?.samples ?? NO_SAMPLES;
  return (
    <div className="space-y-6" data-testid="group-view" data-active={entry.is_active}>
      <GroupHeader group={entry} connection={connection} />
      {entry.num_runs === 0 ? (
        <EmptyState
          testId="group-empty"
          title="This group has no runs yet"
          description={<p>Add runs to start it; this page follows them live.</p>}
          actions={
            <GatedLinkButton href={`/groups/new?group=${encodeURIComponent(groupId)}`} needs="operator" variant="primary">
              Add runs
            </GatedLinkButton>
          }
        />
      ) : (
        <>
          <GroupProgress counts={entry.status_counts} total={entry.num_runs} active={entry.is_active} samples={samples} />
          {history.isError && <ErrorPanel error={history.error} action="load the status history" onRetry={() => void history.refetch()} />}
          <GroupCharts counts={entry.status_counts} total={entry.num_runs} samples={samples} historyLoading={history.isPending} />
          <RunsTable groupId={groupId} />
        </>
      )}
      <AlertsPanel groupId={groupId} />
      <ShareLinksPanel groupId={groupId} />
    </div>
  );
}
