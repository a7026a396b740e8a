"use client";

import { ApiError } from "../../lib/client/api-error";
import { useSharedGroup } from "../../lib/client/share-queries";
import { useSharedGroupEvents } from "../../lib/client/use-shared-group-events";
import { StatusAreaChart } from "../charts/status-area-chart";
import { StatusBreakdownChart } from "../charts/status-breakdown-chart";
import { GroupProgress } from "../group/group-progress";
import { LiveIndicator } from "../group/live-indicator";
import { ActiveBadge } from "../ui/active-badge";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { ErrorPanel } from "../ui/error-panel";
import { RelativeTime } from "../ui/relative-time";
import { Spinner } from "../ui/spinner";
import { SharedRunsTable } from "./shared-runs-table";

/** One group's live view for anyone with its share link: read-only, no member names, no way to other groups. */
export function SharedGroupView({ token }: { token: string }) {
  const group = useSharedGroup(token);
  const live = useSharedGroupEvents(token, group.data?.isActive === true);

  if (group.isPending) {
    return (
      <div className="flex justify-center py-16">
        <Spinner label="Loading the shared group" />
      </div>
    );
  }
  if (group.isError) {
    const error = group.error;
    if (error instanceof ApiError && (error.code === "share_link_ended" || error.code === "not_found")) {
      return <EmptyState testId="share-unavailable" title="This share link does not open" description={error.message} />;
    }
    return <ErrorPanel error={error} action="load the shared group" onRetry={() => void group.refetch()} />;
  }

  const shared = group.data;
  return (
    <div className="space-y-6" data-testid="shared-group-view" data-active={shared.isActive}>
      {live.ended && (
        <Card tone="warning" role="alert" data-testid="share-ended">
          This share link was revoked or has expired: the view below is no longer updated.
        </Card>
      )}
      <header className="space-y-2">
        <p className="text-xs font-medium tracking-wide text-fg-subtle uppercase">Shared task group · read-only</p>
        <h1 className="text-2xl font-semibold" data-testid="shared-group-name">
          {shared.name}
        </h1>
        <div className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
          {shared.isActive ? <ActiveBadge /> : <Badge data-testid="idle-badge">Idle</Badge>}
          <LiveIndicator connection={live.connection} />
          <span className="text-xs text-fg-subtle">
            Created <RelativeTime value={shared.createdAt} /> · link expires {new Date(shared.expiresAt).toUTCString()}
          </span>
        </div>
        {shared.statusMessage && <p className="text-sm">{shared.statusMessage}</p>}
      </header>
      {shared.numRuns === 0 ? (
        <EmptyState
          testId="group-empty"
          title="This group has no runs yet"
          description="This page follows them live once they are added."
        />
      ) : (
        <>
          <GroupProgress counts={shared.statusCounts} total={shared.numRuns} active={shared.isActive} samples={shared.samples} />
          <div className="grid gap-4 lg:grid-cols-5">
            <Card aria-labelledby="shared-history-heading" className="lg:col-span-3">
              <h2 id="shared-history-heading" className="mb-3 text-sm font-medium text-fg-muted">
                Runs by status over time
              </h2>
              <StatusAreaChart samples={shared.samples} />
            </Card>
            <Card aria-labelledby="shared-breakdown-heading" className="lg:col-span-2">
              <h2 id="shared-breakdown-heading" className="mb-3 text-sm font-medium text-fg-muted">
                Current breakdown
              </h2>
              <StatusBreakdownChart counts={shared.statusCounts} total={shared.numRuns} />
            </Card>
          </div>
          <SharedRunsTable token={token} includesData={shared.includesData} />
        </>
      )}
    </div>
  );
}
