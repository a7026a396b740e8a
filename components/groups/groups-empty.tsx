import Link from "next/link";
import { EmptyState } from "../ui/empty-state";
import { CreateDemoGroupButton } from "./create-demo-group-button";
import { buttonClass } from "../ui/button";

/** No group in this console yet: offer to create one (a demo, or a new group) or to open one above. */
export function GroupsEmpty() {
  return (
    <EmptyState
      testId="groups-empty"
      title="No groups yet"
      description={<p>Task groups you create or open in this console will be listed here. Paste a group id or link above to open one.</p>}
      actions={
        <>
          <CreateDemoGroupButton />
          <Link href="/groups/new" className={`${buttonClass()} self-start`}>
            New group
          </Link>
        </>
      }
    />
  );
}
