"use client";

import { useRouter } from "next/navigation";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { useCreateDemoGroup } from "./use-create-demo-group";
import { Button } from "../ui/button";
import { useHydrated } from "../ui/use-hydrated";

export function CreateDemoGroupButton() {
  const router = useRouter();
  const create = useCreateDemoGroup();
  const busy = create.isPending || create.isSuccess;
  const hydrated = useHydrated();
  return (
    <div className="flex flex-col items-center gap-3">
      <Button
        type="button"
        variant="primary"
        disabled={busy || !hydrated}
        data-testid="create-demo-group"
        onClick={() => create.mutate(undefined, { onSuccess: (group) => router.push(`/groups/${encodeURIComponent(group.taskgroup_id)}`) })}
      >
        {busy && <Spinner label="Creating the demo group" />}
        Create demo group
      </Button>
      {create.error && <ErrorPanel error={create.error} action="create the demo group" className="text-left" />}
    </div>
  );
}
