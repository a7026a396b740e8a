"use client";

import { useRef, useState } from "react";
import { BUTTON_SECONDARY } from "../ui/button-styles";
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
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" className={BUTTON_SECONDARY} onClick={show} disabled={failedCount === 0} data-testid="retry-failed-button">
        Retry failed{failedCount > 0 ? ` (${failedCount.toLocaleString("en-US")})` : ""}
      </button>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        aria-labelledby="retry-failed-title"
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        data-testid="retry-failed-dialog"
      >
        {open && <RetryFailedPanel groupId={groupId} onClose={close} />}
      </dialog>
    </>
  );
}
