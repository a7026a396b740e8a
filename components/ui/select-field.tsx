"use client";

import { ChoiceSelect, type ChoiceSelectProps } from "./choice-select";
import { LabelledField } from "./labelled-field";

export interface SelectFieldProps<Choice extends string | number> extends Omit<ChoiceSelectProps<Choice>, "id"> {
  label: string;
}

/** A ChoiceSelect with its label above it. */
export function SelectField<Choice extends string | number>({ label, ...select }: SelectFieldProps<Choice>) {
  return <LabelledField label={label}>{(id) => <ChoiceSelect {...select} id={id} />}</LabelledField>;
}
