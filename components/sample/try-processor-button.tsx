"use client";

import { useId, useRef, useState } from "react";
import { useRoleGate } from "../member/member-context";
import { RoleReason } from "../member/role-reason";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { TryProcessorForm } from "./try-processor-form";

/** "Try with another processor": a new group from a sample of this one, then the comparison. */
export function TryProcessorButton({ groupId, runCount, failedCount }: { groupId: string; runCount: number; failedCount: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const gate = useRoleGate("operator");
  const reasonId = useId();
  return (
    <>
      <Button
        type="button"
        disabled={runCount === 0 || !gate.allowed}
        aria-describedby={gate.allowed ? undefined : reasonId}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
        data-testid="try-processor-button"
      >
        Try another processor
      </Button>
      {!gate.allowed && <RoleReason id={reasonId} reason={gate.reason ?? ""} />}
      <Dialog ref={dialog} onClose={() => setOpen(false)} aria-labelledby="try-processor-title" data-testid="try-processor-dialog">
        {open && (
          <TryProcessorForm groupId={groupId} runCount={runCount} failedCount={failedCount} onClose={() => dialog.current?.close()} />
        )}
      </Dialog>
    </>
  );
}
