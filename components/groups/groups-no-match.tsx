import { EmptyState } from "../ui/empty-state";
import { CreateDemoGroupButton } from "./create-demo-group-button";
import { Button } from "../ui/button";

/** The search, or "Created by: me", matched nothing; the registry itself is not empty. */
export function GroupsNoMatch({ q, mine, onClear }: { q: string; mine: boolean; onClear: () => void }) {
  const title = q ? `No groups match “${q}”${mine ? " among the ones you created" : ""}` : "No groups created by you";
  return (
    <EmptyState
      testId="groups-no-match"
      title={title}
      description={
        <p>
          {q ? "The search looks at group names, ids and metadata." : "Groups you create or open by id are listed under “Created by: me”."}
        </p>
      }
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
