"use client";

import { useRouter } from "next/navigation";
import { BUTTON_PRIMARY } from "../ui/button-styles";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { useCreateDemoGroup } from "./use-create-demo-group";

export function CreateDemoGroupButton() {
  const router = useRouter();
  const create = useCreateDemoGroup();
  const busy = create.isPending || create.isSuccess;
  return (
    <div className="flex flex-col items-center gap-3">
      <button
        type="button"
        className={BUTTON_PRIMARY}
        disabled={busy}
        data-testid="create-demo-group"
        onClick={() => create.mutate(undefined, { onSuccess: (group) => router.push(`/groups/${encodeURIComponent(group.taskgroup_id)}`) })}
      >
        {busy && <Spinner label="Creating the demo group" />}
        Create demo group
      </button>
      {create.error && <ErrorPanel error={create.error} action="create the demo group" className="text-left" />}
    </div>
  );
}
