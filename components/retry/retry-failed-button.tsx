"use client";

import { useId, useRef, useState } from "react";
import { useRoleGate } from "../member/member-context";
import { RoleReason } from "../member/role-reason";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { RetryFailedPanel } from "./retry-failed-panel";

/**
 * "Retry failed": resubmits the inputs of the group's failed runs into the same group, each once,
 * through the same batched exactly-once submission as an upload. Self-contained: it reads what it
 * needs from the runs stream and refreshes the group's queries when done.
 */
export function RetryFailedButton({ groupId, failedCount }: { groupId: string; failedCount: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Mounting the panel only while open makes each opening read the runs afresh.
  const [open, setOpen] = useState(false);
  const gate = useRoleGate("operator");
  const reasonId = useId();
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <Button
        type="button"
        onClick={show}
        disabled={failedCount === 0 || !gate.allowed}
        aria-describedby={gate.reason ? reasonId : undefined}
        data-testid="retry-failed-button"
      >
        Retry failed{failedCount > 0 ? ` (${failedCount.toLocaleString("en-US")})` : ""}
      </Button>
      {gate.reason && <RoleReason id={reasonId} reason={gate.reason} />}
      <Dialog ref={dialog} onClose={() => setOpen(false)} aria-labelledby="retry-failed-title" data-testid="retry-failed-dialog">
        {open && <RetryFailedPanel groupId={groupId} onClose={close} />}
      </Dialog>
    </>
  );
}
