import Link from "next/link";
import type { GroupEntry } from "../../lib/client/group-queries";
import { ActiveBadge } from "../ui/active-badge";
import { CopyButton } from "../ui/copy-button";
import { RelativeTime } from "../ui/relative-time";
import { StatusBar } from "../ui/status-bar";

export function GroupRow({ group }: { group: GroupEntry }) {
  const id = group.taskgroup_id;
  return (
    <tr data-testid="group-row" data-group-id={id} className="border-t border-zinc-200 dark:border-zinc-800">
      <td className="max-w-0 px-4 py-3">
        <Link
          href={`/groups/${encodeURIComponent(id)}`}
          className="block truncate rounded-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500"
          data-testid="group-name"
        >
          {group.name ?? <span className="italic text-zinc-500 dark:text-zinc-400">Untitled group</span>}
        </Link>
        <div className="mt-1 flex items-center gap-2">
          <code className="truncate font-mono text-xs text-zinc-500 dark:text-zinc-400" data-testid="group-id">
            {id}
          </code>
          <CopyButton value={id} label={`Copy group id ${id}`} />
        </div>
      </td>
      <td className="w-64 px-4 py-3">
        <div className="flex items-center gap-2">
          <StatusBar counts={group.status_counts} total={group.num_runs} className="min-w-24 flex-1" />
          {group.is_active && <ActiveBadge />}
        </div>
        {group.status.status_message && (
          <p className="mt-1 truncate text-xs text-zinc-500 dark:text-zinc-400" title={group.status.status_message}>
            {group.status.status_message}
          </p>
        )}
      </td>
      <td className="px-4 py-3 text-right tabular-nums" data-testid="group-runs">
        {group.num_runs.toLocaleString("en-US")}
      </td>
      <td className="px-4 py-3 text-sm whitespace-nowrap text-zinc-600 dark:text-zinc-400">
        <RelativeTime value={group.created_at} />
      </td>
    </tr>
  );
}
