"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { Input } from "../ui/input";

/** Typing pauses this long before the search is applied (and the URL and the request change). */
export const SEARCH_DEBOUNCE_MS = 300;

/** The search field: edits locally, applies after a pause, and follows the URL when it changes elsewhere. */
export function RunsSearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    // Back/forward or "Reset filters" changed the URL: show what is applied.
    setApplied(value);
    setText(value);
  }

  // The parent re-renders with live updates several times a second; only typing restarts the pause.
  const apply = useEffectEvent((q: string) => onSearch(q));
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => apply(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <Input
      type="search"
      aria-label="Search runs"
      placeholder="Search run id, input or output…"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") onSearch(text.trim());
      }}
      className="w-64 max-w-full"
    />
  );
}
