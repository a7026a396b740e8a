"use client";

import { useId, type ComponentProps } from "react";
import { LABEL, Select } from "./input";

export interface SelectFieldProps<Choice extends string | number> extends Omit<
  ComponentProps<typeof Select>,
  "id" | "value" | "onChange" | "children"
> {
  label: string;
  choices: readonly Choice[];
  value: Choice;
  onChange: (choice: Choice) => void;
  /** How a choice reads in the list; the value itself by default. */
  labelOf?: (choice: Choice) => string;
}

/** A labelled select of a fixed list of choices, answering the chosen one with its type (no cast at the caller). */
export function SelectField<Choice extends string | number>({
  label,
  choices,
  value,
  onChange,
  labelOf = String,
  ...props
}: SelectFieldProps<Choice>) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <Select
        {...props}
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = choices.find((choice) => String(choice) === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labelOf(choice)}
          </option>
        ))}
      </Select>
    </div>
  );
}
