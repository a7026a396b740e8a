import type { GroupEntry } from "../../lib/client/group-queries";
import { GroupRow } from "./group-row";

export function GroupsTable({ groups, busy }: { groups: GroupEntry[]; busy: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full table-fixed text-sm" data-testid="groups-table" aria-busy={busy}>
        <caption className="sr-only">Task groups</caption>
        <colgroup>
          <col />
          <col className="w-64" />
          <col className="w-24" />
          <col className="w-36" />
        </colgroup>
        <thead className="bg-zinc-50 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-4 py-2">
              Group
            </th>
            <th scope="col" className="px-4 py-2">
              Status
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Runs
            </th>
            <th scope="col" className="px-4 py-2">
              Created
            </th>
          </tr>
        </thead>
        <tbody className={busy ? "opacity-60 transition-opacity" : undefined}>
          {groups.map((group) => (
            <GroupRow key={group.taskgroup_id} group={group} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
