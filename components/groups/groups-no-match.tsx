import { BUTTON_SECONDARY } from "../ui/button-styles";
import { EmptyState } from "../ui/empty-state";
import { CreateDemoGroupButton } from "./create-demo-group-button";

/** The search matched nothing; the registry itself is not empty. */
export function GroupsNoMatch({ q, onClear }: { q: string; onClear: () => void }) {
  return (
    <EmptyState
      testId="groups-no-match"
      title={`No groups match “${q}”`}
      description={<p>The search looks at group names, ids and metadata.</p>}
      actions={
        <>
          <button type="button" className={`${BUTTON_SECONDARY} self-start`} onClick={onClear}>
            Clear search
          </button>
          <CreateDemoGroupButton />
        </>
      }
    />
  );
}
