import Link from "next/link";
import type { GroupEntry } from "../../lib/client/group-queries";
import { ActiveBadge } from "../ui/active-badge";
import { CopyButton } from "../ui/copy-button";
import { RelativeTime } from "../ui/relative-time";
import { StatusBar } from "../ui/status-bar";
import { TD, TR } from "../ui/table";

export function GroupRow({ group }: { group: GroupEntry }) {
  const id = group.taskgroup_id;
  return (
    <TR data-testid="group-row" data-group-id={id}>
      <TD density="relaxed" className="max-w-0">
        <Link
          href={`/groups/${encodeURIComponent(id)}`}
          className="block truncate rounded-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
          data-testid="group-name"
        >
          {group.name ?? <span className="italic text-fg-subtle">Untitled group</span>}
        </Link>
        <div className="mt-1 flex items-center gap-2">
          <code className="truncate font-mono text-xs text-fg-subtle" data-testid="group-id">
            {id}
          </code>
          <CopyButton value={id} label={`Copy group id ${id}`} />
        </div>
      </TD>
      <TD density="relaxed" className="w-64">
        <div className="flex items-center gap-2">
          <StatusBar counts={group.status_counts} total={group.num_runs} className="min-w-24 flex-1" />
          {group.is_active && <ActiveBadge />}
        </div>
        {group.status.status_message && (
          <p className="mt-1 truncate text-xs text-fg-subtle" title={group.status.status_message}>
            {group.status.status_message}
          </p>
        )}
      </TD>
      <TD density="relaxed" className="text-right tabular-nums" data-testid="group-runs">
        {group.num_runs.toLocaleString("en-US")}
      </TD>
      <TD density="relaxed" className="whitespace-nowrap text-fg-muted">
        <RelativeTime value={group.created_at} />
        {group.added_by && (
          <p className="truncate text-xs text-fg-subtle" title={`Added by ${group.added_by}`} data-testid="group-added-by">
            by {group.added_by}
          </p>
        )}
      </TD>
    </TR>
  );
}
