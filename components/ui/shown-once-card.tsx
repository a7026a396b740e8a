"use client";

import { useId, type ReactNode } from "react";
import { Card } from "./card";
import { CopyButton } from "./copy-button";
import { Input } from "./input";

export interface ShownOnceCardProps {
  /** The field's label: what the secret is, and that it is not shown again. */
  label: ReactNode;
  value: string;
  copyLabel: string;
  copyText: string;
  /** What the secret is for, under the field. */
  children: ReactNode;
  testId: string;
  valueTestId: string;
}

/** A new secret (a token, an invitation or share link) in a read-only field with a copy button: the only time it is shown (only its hash is kept). */
export function ShownOnceCard({ label, value, copyLabel, copyText, children, testId, valueTestId }: ShownOnceCardProps) {
  const fieldId = useId();
  return (
    <Card tone="warning" padding="md" className="space-y-2" data-testid={testId}>
      <label htmlFor={fieldId} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <Input
          id={fieldId}
          readOnly
          value={value}
          className="min-w-0 flex-1 font-mono"
          onFocus={(event) => event.currentTarget.select()}
          data-testid={valueTestId}
        />
        <CopyButton value={value} label={copyLabel}>
          {copyText}
        </CopyButton>
      </div>
      <p className="text-xs">{children}</p>
    </Card>
  );
}
