import { useId, type ComponentProps } from "react";
import { Input, LABEL } from "../ui/input";

export interface FormFieldProps extends Omit<ComponentProps<"input">, "size" | "id"> {
  label: string;
  /** The message under the field when its value breaks a rule. */
  error?: string;
  hint?: string;
}

/** A labelled text field with its hint and its error message, tied to it for screen readers. */
export function FormField({ label, error, hint, ...props }: FormFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <Input
        {...props}
        id={id}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="w-full"
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-fg-subtle">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
