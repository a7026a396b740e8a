"use client";

import { ApiError } from "../../lib/client/api-error";
import { useSharedGroup } from "../../lib/client/share-queries";
import { useSharedGroupEvents } from "../../lib/client/use-shared-group-events";
import { GroupCharts } from "../group/group-charts";
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
          <GroupCharts counts={shared.statusCounts} total={shared.numRuns} samples={shared.samples} />
          <SharedRunsTable token={token} includesData={shared.includesData} />
        </>
      )}
    </div>
  );
}
