"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { useRoleGate } from "../member/member-context";
import { RoleReason } from "../member/role-reason";
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
  const gate = useRoleGate("operator");
  const reasonId = useId();
  return (
    <div className="flex flex-col items-center gap-3">
      <Button
        type="button"
        variant="primary"
        disabled={busy || !hydrated || !gate.allowed}
        aria-describedby={gate.reason ? reasonId : undefined}
        data-testid="create-demo-group"
        onClick={() => create.mutate(undefined, { onSuccess: (group) => router.push(`/groups/${encodeURIComponent(group.taskgroup_id)}`) })}
      >
        {busy && <Spinner label="Creating the demo group" />}
        Create demo group
      </Button>
      {gate.reason && <RoleReason id={reasonId} reason={gate.reason} />}
      {create.error && <ErrorPanel error={create.error} action="create the demo group" className="text-left" />}
    </div>
  );
}
