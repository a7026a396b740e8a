"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question with a destructive answer and Cancel; Escape cancels, focus starts on Cancel. */
export function ConfirmDialog({ open, title, children, confirmLabel, busy = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <Dialog ref={dialog} onClose={onCancel} aria-labelledby={titleId} data-testid="confirm-dialog">
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <div className="text-sm">{children}</div>
        <div className="flex justify-end gap-2">
          <Button type="button" onClick={onCancel} autoFocus>
            Cancel
          </Button>
          <Button type="button" variant="danger" onClick={onConfirm} disabled={busy} data-testid="confirm-dialog-confirm">
            {confirmLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
