import type { ComponentProps } from "react";
import { FOCUS_RING } from "./focus-ring";

export type FieldSize = "sm" | "md";

export interface FieldLook {
  size?: FieldSize;
  /** Draws the field in the danger colour; pair it with aria-invalid and a message. */
  invalid?: boolean;
}

const SIZE: Record<FieldSize, string> = {
  sm: "px-2 py-1 text-sm",
  md: "px-3 py-1.5 text-sm",
};

/** The classes of a text field, select or textarea. */
export function fieldClass({ size = "md", invalid = false }: FieldLook = {}, className = ""): string {
  const border = invalid ? "border-danger" : "border-line-strong";
  return `rounded-md border ${border} bg-surface text-fg placeholder:text-fg-subtle disabled:opacity-50 ${SIZE[size]} ${FOCUS_RING} ${className}`.trim();
}

export function Input({ size, invalid, className, ...props }: Omit<ComponentProps<"input">, "size"> & FieldLook) {
  return <input {...props} className={fieldClass({ size, invalid }, className)} />;
}

export function Select({ size, invalid, className, ...props }: Omit<ComponentProps<"select">, "size"> & FieldLook) {
  return <select {...props} className={fieldClass({ size, invalid }, className)} />;
}

export function Textarea({ size, invalid, className, ...props }: ComponentProps<"textarea"> & FieldLook) {
  return <textarea {...props} className={fieldClass({ size, invalid }, className)} />;
}

export function Checkbox({ className = "", ...props }: Omit<ComponentProps<"input">, "type">) {
  return <input {...props} type="checkbox" className={`h-4 w-4 rounded border-line-strong accent-inverse ${className}`} />;
}

// Field captions: the label above a control and the hint under it.
export const LABEL = "block text-sm font-medium text-fg";
export const HINT = "mt-1 text-xs text-fg-subtle";
