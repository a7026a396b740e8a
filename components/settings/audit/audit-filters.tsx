"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { AUDIT_ACTIONS, type AuditAction } from "../../../lib/contracts/audit-actions";
import { Button } from "../../ui/button";
import { ChoiceOptions } from "../../ui/choice-options";
import { Input, Select } from "../../ui/input";
import type { AuditFilters as Filters } from "./use-audit-url-state";

const FIELD_LABEL = "flex flex-col gap-1 text-xs font-medium text-fg-muted";
type TextFilter = "actor" | "group" | "from" | "to";
const EMPTY: Filters = { actor: "", action: null, group: "", from: "", to: "" };

/** The audit log's filters; applied to the URL on submit, so a link is the filtered view. */
export function AuditFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const [draft, setDraft] = useState(filters);
  const set = (change: Partial<Filters>) => setDraft((was) => ({ ...was, ...change }));
  const bindText = (key: TextFilter) => ({
    value: draft[key],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set({ [key]: e.target.value }),
    "data-testid": `audit-${key}`,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, actor: draft.actor.trim(), group: draft.group.trim() });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="audit-filters">
      <label className={FIELD_LABEL}>
        Actor
        <Input placeholder="email contains…" {...bindText("actor")} />
      </label>
      <label className={FIELD_LABEL}>
        Action
        <Select
          value={draft.action ?? ""}
          onChange={(e) => set({ action: (e.target.value || null) as AuditAction | null })}
          data-testid="audit-action"
        >
          <option value="">Any action</option>
          <ChoiceOptions choices={AUDIT_ACTIONS} />
        </Select>
      </label>
      <label className={FIELD_LABEL}>
        Group
        <Input placeholder="tgrp_…" className="font-mono" {...bindText("group")} />
      </label>
      <label className={FIELD_LABEL}>
        From (UTC day)
        <Input type="date" {...bindText("from")} />
      </label>
      <label className={FIELD_LABEL}>
        To (UTC day, included)
        <Input type="date" {...bindText("to")} />
      </label>
      <Button type="submit" variant="primary" data-testid="audit-apply">
        Apply
      </Button>
      <Button
        type="button"
        onClick={() => {
          setDraft(EMPTY);
          onApply(EMPTY);
        }}
      >
        Clear
      </Button>
    </form>
  );
}
