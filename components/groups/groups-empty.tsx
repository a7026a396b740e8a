import { EmptyState } from "../ui/empty-state";
import { CreateDemoGroupButton } from "./create-demo-group-button";
import { GatedLinkButton } from "../member/gated-link-button";

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
          <GatedLinkButton href="/groups/new" needs="operator" className="self-start">
            New group
          </GatedLinkButton>
        </>
      }
    />
  );
}
