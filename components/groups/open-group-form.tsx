"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { ApiError } from "../../lib/client/api-error";
import { useImportGroup } from "../../lib/client/group-queries";
import { useRoleGate } from "../member/member-context";
import { RoleReason } from "../member/role-reason";
import { Spinner } from "../ui/spinner";
import { Button } from "../ui/button";
import { Input } from "../ui/input";

// Mirrors the server's check, so an obviously wrong paste is answered without a request.
const LOOKS_LIKE_REFERENCE = /tgrp_[A-Za-z0-9]+/;

/** "Open a group": a bare `tgrp_…` id or a pasted console link; the server checks it upstream. */
export function OpenGroupForm() {
  const router = useRouter();
  const importGroup = useImportGroup();
  const [value, setValue] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const reasonId = useId();
  // Opening a group the console does not list yet adds it: an operator's action.
  const gate = useRoleGate("operator");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    if (!text) return;
    if (!LOOKS_LIKE_REFERENCE.test(text)) {
      setLocalError("That is not a group id or a link to a group. Group ids start with tgrp_.");
      return;
    }
    setLocalError(null);
    importGroup.mutate(text, {
      onSuccess: (group) => router.push(`/groups/${encodeURIComponent(group.taskgroup_id)}`),
    });
  };

  const error = localError ?? (importGroup.error ? importErrorMessage(importGroup.error) : null);
  return (
    <form onSubmit={submit} className="flex flex-col gap-1" data-testid="open-group-form" noValidate>
      <label htmlFor={inputId} className="text-xs font-medium text-fg-muted">
        Open a group by id or link
      </label>
      <div className="flex gap-2">
        <Input
          id={inputId}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setLocalError(null);
            importGroup.reset();
          }}
          placeholder="tgrp_… or https://…/groups/tgrp_…"
          className="min-w-0 flex-1 font-mono"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : gate.reason ? reasonId : undefined}
          disabled={!gate.allowed}
          spellCheck={false}
          autoComplete="off"
          data-testid="open-group-input"
        />
        <Button type="submit" disabled={!gate.allowed || !value.trim() || importGroup.isPending || importGroup.isSuccess}>
          {(importGroup.isPending || importGroup.isSuccess) && <Spinner label="Opening the group" />}
          Open
        </Button>
      </div>
      {gate.reason && <RoleReason id={reasonId} reason={gate.reason} />}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-danger" data-testid="open-group-error">
          {error}
        </p>
      )}
    </form>
  );
}

function importErrorMessage(error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  switch (error.code) {
    case "not_found":
      return `No such group upstream. ${error.message}`;
    case "validation_failed":
      return "That is not a group id or a link to a group. Group ids look like tgrp_ followed by letters and digits.";
    case "upstream_unreachable":
      return `The upstream API is unreachable, so the group could not be checked. ${error.message}`;
    default:
      return error.message;
  }
}
