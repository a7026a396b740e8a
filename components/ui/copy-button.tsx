"use client";

import { useEffect, useState, type ReactNode } from "react";
import { buttonClass } from "./button";
import { FOCUS_RING } from "./focus-ring";

const COPIED_FEEDBACK_MS = 1_500;
const COPY_ICON_CLASS = `inline-flex items-center gap-1 rounded-md p-1 text-xs text-fg-subtle hover:bg-surface-hover hover:text-fg ${FOCUS_RING}`;
const COPY_WITH_TEXT_CLASS = buttonClass({ variant: "secondary" });

export interface CopyButtonProps {
  /** The text, or a function giving it at click time (e.g. the current URL). */
  value: string | (() => string);
  /** What is copied, for the accessible name ("Copy group id"). */
  label: string;
  /** Visible text; when absent the button shows only an icon. */
  children?: ReactNode;
  className?: string;
}

/** Copies `value` to the clipboard and says so for a moment. */
export function CopyButton({ value, label, children, className = "" }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof value === "function" ? value() : value);
      setState("copied");
    } catch {
      // Clipboard access is refused on insecure origins or without permission; say so instead of failing silently.
      setState("failed");
    }
  };

  const feedback = state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : null;
  return (
    <button
      type="button"
      onClick={copy}
      aria-label={children ? undefined : label}
      title={label}
      data-testid="copy-button"
      data-state={state}
      className={`${children ? COPY_WITH_TEXT_CLASS : COPY_ICON_CLASS} ${className}`}
    >
      {state === "copied" ? <CheckIcon /> : <CopyIcon />}
      {feedback ?? children}
      <span className="sr-only" aria-live="polite">
        {feedback ?? ""}
      </span>
    </button>
  );
}

function CopyIcon() {
  return (
    <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 5.5v-2a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <path d="M3 8.5l3 3 7-7" />
    </svg>
  );
}
