import { EmptyState } from "../ui/empty-state";
import { CreateDemoGroupButton } from "./create-demo-group-button";
import { Button } from "../ui/button";

/** The search matched nothing; the registry itself is not empty. */
export function GroupsNoMatch({ q, onClear }: { q: string; onClear: () => void }) {
  return (
    <EmptyState
      testId="groups-no-match"
      title={`No groups match “${q}”`}
      description={<p>The search looks at group names, ids and metadata.</p>}
      actions={
        <>
          <Button type="button" className="self-start" onClick={onClear}>
            Clear search
          </Button>
          <CreateDemoGroupButton />
        </>
      }
    />
  );
}
