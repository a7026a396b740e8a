"use client";

import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useRenameGroup } from "../../lib/client/group-queries";
import { useRoleGate } from "../member/member-context";
import { RoleReason } from "../member/role-reason";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

const MAX_NAME_CHARS = 200;

/** The group's name as the page heading; "Rename" turns it into a field (Enter saves, Escape cancels). */
export function GroupNameEditor({ groupId, name }: { groupId: string; name: string | null }) {
  const rename = useRenameGroup(groupId);
  const [draft, setDraft] = useState<string | null>(null);
  const gate = useRoleGate("operator");
  const reasonId = useId();

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    const next = draft.trim();
    if (next === (name ?? "")) {
      setDraft(null);
      return;
    }
    rename.mutate(next || null, { onSuccess: () => setDraft(null) });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      rename.reset();
      setDraft(null);
    }
  };

  if (draft === null) {
    return (
      <div className="flex min-w-0 items-center gap-3">
        <h1 className="truncate text-2xl font-semibold tracking-tight" data-testid="group-title">
          {name ?? <span className="italic text-fg-subtle">Untitled group</span>}
        </h1>
        <Button
          type="button"
          className="px-2 py-1 text-xs"
          onClick={() => setDraft(name ?? "")}
          disabled={!gate.allowed}
          aria-describedby={gate.reason ? reasonId : undefined}
          data-testid="rename-group"
        >
          Rename
        </Button>
        {gate.reason && <RoleReason id={reasonId} reason={gate.reason} />}
      </div>
    );
  }

  return (
    <form onSubmit={save} className="flex flex-wrap items-center gap-2" data-testid="rename-form">
      <label className="sr-only" htmlFor="group-name-input">
        Group name
      </label>
      <Input
        id="group-name-input"
        autoFocus
        value={draft}
        maxLength={MAX_NAME_CHARS}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Untitled group"
        className="min-w-64 text-lg"
        disabled={rename.isPending}
      />
      <Button type="submit" variant="primary" disabled={rename.isPending}>
        Save
      </Button>
      <Button
        type="button"
        onClick={() => {
          rename.reset();
          setDraft(null);
        }}
      >
        Cancel
      </Button>
      {rename.error && (
        <p role="alert" className="w-full text-sm text-danger">
          Could not rename the group: {rename.error.message}
        </p>
      )}
    </form>
  );
}
