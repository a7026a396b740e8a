"use client";

import { useState, type FormEvent } from "react";
import { Button } from "../../ui/button";
import { Input } from "../../ui/input";

/** One monthly budget in USD: saved on submit, removed (no limit) when left empty. */
export function BudgetForm({
  label,
  monthlyUsd,
  busy,
  onSave,
  testId,
}: {
  label: string;
  monthlyUsd: number | null;
  busy: boolean;
  onSave: (monthlyUsd: number | null) => void;
  testId: string;
}) {
  const [text, setText] = useState(monthlyUsd === null ? "" : String(monthlyUsd));
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    const value = trimmed === "" ? null : Number(trimmed);
    if (value !== null && (!Number.isFinite(value) || value < 0))
      return setProblem(`${label}: enter an amount in USD (0 or more), or leave it empty for no limit.`);
    setProblem(null);
    onSave(value);
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2" data-testid={testId}>
      <span className="text-fg-muted">$</span>
      <Input
        size="sm"
        inputMode="decimal"
        className="w-32"
        value={text}
        placeholder="No limit"
        aria-label={label}
        aria-invalid={problem !== null}
        invalid={problem !== null}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" size="sm" disabled={busy}>
        Save
      </Button>
      {problem && (
        <p role="alert" className="w-full text-sm text-danger">
          {problem}
        </p>
      )}
    </form>
  );
}
