import type { GroupEntry } from "../../lib/client/group-queries";
import type { GroupEventsConnection } from "../../lib/client/use-group-events";
import { ActiveBadge } from "../ui/active-badge";
import { CopyButton } from "../ui/copy-button";
import { RelativeTime } from "../ui/relative-time";
import { retryableCount } from "../../lib/retry/retry-candidates";
import { GroupActions } from "./group-actions";
import { GroupMetadata } from "./group-metadata";
import { GroupNameEditor } from "./group-name-editor";
import { GroupSpend } from "./group-spend";
import { LiveIndicator } from "./live-indicator";
import { Badge } from "../ui/badge";

export function GroupHeader({ group, connection }: { group: GroupEntry; connection: GroupEventsConnection }) {
  const id = group.taskgroup_id;
  return (
    <header className="space-y-3" data-testid="group-header">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <GroupNameEditor key={group.name ?? ""} groupId={id} name={group.name} />
          <div className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
            <code className="font-mono" data-testid="group-header-id">
              {id}
            </code>
            <CopyButton value={id} label="Copy group id" />
            {group.is_active ? <ActiveBadge /> : <Badge data-testid="idle-badge">Idle</Badge>}
            <LiveIndicator connection={connection} />
          </div>
        </div>
        <GroupActions groupId={id} failedCount={retryableCount(group.status_counts)} runCount={group.num_runs} />
      </div>
      <GroupMetadata metadata={group.metadata} />
      {group.status.status_message && (
        <p className="text-sm" data-testid="group-status-message">
          {group.status.status_message}
        </p>
      )}
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs text-fg-subtle">
        <div className="flex gap-1">
          <dt>Created</dt>
          <dd>
            <RelativeTime value={group.created_at} />
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Modified</dt>
          <dd>
            <RelativeTime value={group.status.modified_at} />
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Upstream</dt>
          <dd className="font-mono" data-testid="group-upstream">
            {group.upstream}
          </dd>
        </div>
        <div className="flex gap-1">
          <dt>Source</dt>
          <dd>{group.source === "created" ? "created here" : "imported"}</dd>
        </div>
        <GroupSpend groupId={id} numRuns={group.status.num_task_runs} />
      </dl>
    </header>
  );
}
