"use client";

import { Button, type ButtonVariant } from "../ui/button";
import { LABEL, Textarea } from "../ui/input";

/** The two texts a reviewer writes: a corrected value (edit), or why the answer is wrong. */
export type ReviewTextKind = "edit" | "wrong";

const LOOK: Record<ReviewTextKind, { label: string; save: string; saveVariant: ButtonVariant; height: string }> = {
  edit: { label: "Corrected value", save: "Save", saveVariant: "primary", height: "h-24" },
  wrong: { label: "Why is it wrong?", save: "Mark wrong", saveVariant: "danger", height: "h-20" },
};

const TEST_IDS: Record<ReviewTextKind, { field: string; save: string }> = {
  edit: { field: "review-edit-text", save: "review-edit-save" },
  wrong: { field: "review-wrong-note", save: "review-wrong-save" },
};

export interface ReviewTextFormProps {
  kind: ReviewTextKind;
  value: string;
  onChange: (value: string) => void;
  onSave: (value: string) => void;
  onCancel: () => void;
  busy: boolean;
}

/** A reviewer's text with Save and Cancel. */
export function ReviewTextForm({ kind, value, onChange, onSave, onCancel, busy }: ReviewTextFormProps) {
  const look = LOOK[kind];
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value);
      }}
    >
      <label className="block text-sm">
        <span className={LABEL}>{look.label}</span>
        <Textarea
          autoFocus
          className={`${look.height} w-full`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          data-testid={TEST_IDS[kind].field}
        />
      </label>
      <div className="flex gap-2">
        <Button type="submit" variant={look.saveVariant} disabled={busy} data-testid={TEST_IDS[kind].save}>
          {look.save}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
