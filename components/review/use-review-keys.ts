"use client";

import { useEffect } from "react";

export interface ReviewKeyHandlers {
  next: () => void;
  previous: () => void;
  accept: () => void;
  edit: () => void;
  wrong: () => void;
}

/** j / ↓ next, k / ↑ previous, a accept, e edit, w wrong; ignored while typing in a field. */
export function useReviewKeys(handlers: ReviewKeyHandlers, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const action = KEYS[event.key];
      if (!action) return;
      event.preventDefault();
      handlers[action]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [handlers, enabled]);
}

const KEYS: Record<string, keyof ReviewKeyHandlers | undefined> = {
  j: "next",
  ArrowDown: "next",
  k: "previous",
  ArrowUp: "previous",
  a: "accept",
  e: "edit",
  w: "wrong",
};
