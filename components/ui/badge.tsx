import type { ComponentProps } from "react";

export type BadgeTone = "neutral" | "accent" | "success" | "warning" | "danger";

const TONE: Record<BadgeTone, string> = {
  neutral: "bg-surface-hover text-fg-soft ring-line-strong",
  accent: "bg-accent-surface text-accent ring-accent-line",
  success: "bg-success-surface text-success ring-success-line",
  warning: "bg-warning-surface text-warning-strong ring-warning-line",
  danger: "bg-danger-surface text-danger-strong ring-danger-line",
};

/** A small rounded label: a state, a level, a count. */
export function Badge({ tone = "neutral", className = "", ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      {...props}
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[tone]} ${className}`}
    />
  );
}
