import type { ComponentProps } from "react";
import { FOCUS_RING } from "./focus-ring";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "selected";
export type ButtonSize = "sm" | "md";

const BASE = `inline-flex items-center justify-center gap-2 rounded-md font-medium disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS_RING}`;

const VARIANT: Record<ButtonVariant, string> = {
  primary: "bg-inverse text-on-inverse hover:bg-inverse-hover",
  secondary: "border border-line-strong bg-surface text-fg hover:bg-surface-hover",
  ghost: "text-fg-muted hover:bg-surface-hover hover:text-fg",
  danger: "border border-danger-line bg-surface text-danger-strong hover:bg-danger-surface-hover",
  // A toggle that is on (aria-pressed). Hover darkens (lightens in dark mode) rather than fading,
  // so the label keeps its contrast under the pointer.
  selected: "border border-accent-solid bg-accent-solid text-on-accent hover:border-accent-solid-hover hover:bg-accent-solid-hover",
};

const SIZE: Record<ButtonSize, string> = {
  sm: "px-2 py-1 text-xs",
  md: "px-3 py-1.5 text-sm",
};

export interface ButtonLook {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** The classes of a button, for a link or summary that acts as one. */
export function buttonClass({ variant = "secondary", size = "md" }: ButtonLook = {}, className = ""): string {
  return `${BASE} ${VARIANT[variant]} ${SIZE[size]} ${className}`.trim();
}

export type ButtonProps = ComponentProps<"button"> & ButtonLook;

export function Button({ variant, size, className, ...props }: ButtonProps) {
  return <button {...props} className={buttonClass({ variant, size }, className)} />;
}
