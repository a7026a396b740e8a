"use client";

import { SelectField } from "./select-field";

/** "Expires after": a choice of whole days ("1 day", "7 days") for a new invitation, token or share link. */
export function ExpiryDaysField<Days extends number>({
  choices,
  value,
  onChange,
  testId,
}: {
  choices: readonly Days[];
  value: Days;
  onChange: (days: Days) => void;
  testId: string;
}) {
  return (
    <SelectField
      label="Expires after"
      choices={choices}
      labelOf={(days) => (days === 1 ? "1 day" : `${days} days`)}
      value={value}
      onChange={onChange}
      data-testid={testId}
    />
  );
}
