"use client";

import { useId } from "react";
import { ChoiceSelect, type ChoiceSelectProps } from "./choice-select";
import { LABEL } from "./input";

export interface SelectFieldProps<Choice extends string | number> extends Omit<ChoiceSelectProps<Choice>, "id"> {
  label: string;
}

/** A ChoiceSelect with its label above it. */
export function SelectField<Choice extends string | number>({ label, ...select }: SelectFieldProps<Choice>) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <ChoiceSelect {...select} id={id} />
    </div>
  );
}
