import type { GroupEntry } from "../../lib/client/group-queries";
import { GroupRow } from "./group-row";
import { Card } from "../ui/card";
import { TBody, TH, THead, Table } from "../ui/table";

export function GroupsTable({ groups, busy }: { groups: GroupEntry[]; busy: boolean }) {
  return (
    <Card as="div" padding="none" className="overflow-x-auto">
      <Table className="w-full table-fixed" data-testid="groups-table" aria-busy={busy}>
        <caption className="sr-only">Task groups</caption>
        <colgroup>
          <col />
          <col className="w-64" />
          <col className="w-24" />
          <col className="w-36" />
        </colgroup>
        <THead>
          <tr>
            <TH scope="col" density="relaxed">
              Group
            </TH>
            <TH scope="col" density="relaxed">
              Status
            </TH>
            <TH scope="col" density="relaxed" className="text-right">
              Runs
            </TH>
            <TH scope="col" density="relaxed">
              Created
            </TH>
          </tr>
        </THead>
        <TBody className={busy ? "opacity-60 transition-opacity" : undefined}>
          {groups.map((group) => (
            <GroupRow key={group.taskgroup_id} group={group} />
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
