import type { ComponentProps } from "react";
import { ChoiceOptions } from "./choice-options";
import { Select } from "./input";

export interface ChoiceSelectProps<Choice extends string | number> extends Omit<
  ComponentProps<typeof Select>,
  "value" | "onChange" | "children"
> {
  choices: readonly Choice[];
  value: Choice;
  onChange: (choice: Choice) => void;
  /** How a choice reads in the list; the value itself by default. */
  labelOf?: (choice: Choice) => string;
}

/** A select of a fixed list of choices that answers the chosen one with its type (no cast or Number() at the caller). */
export function ChoiceSelect<Choice extends string | number>({
  choices,
  value,
  onChange,
  labelOf = String,
  ...props
}: ChoiceSelectProps<Choice>) {
  return (
    <Select
      {...props}
      value={value}
      onChange={(event) => {
        const chosen = choices.find((choice) => String(choice) === event.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      <ChoiceOptions choices={choices} labelOf={labelOf} />
    </Select>
  );
}
