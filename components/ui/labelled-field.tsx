"use client";

import { useId, type ReactNode } from "react";
import { LABEL } from "./input";

/** A control with its label above it, tied to it by an id; `children` renders the control with that id. */
export function LabelledField({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`space-y-1 ${className}`.trim()}>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
