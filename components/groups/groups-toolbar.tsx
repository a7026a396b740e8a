"use client";

import { useEffect, useRef, useState } from "react";
import type { GroupSort, SortOrder } from "../../lib/client/group-queries";
import { BUTTON_SECONDARY, INPUT } from "../ui/button-styles";
import { GROUP_SORT_OPTIONS, PAGE_SIZES } from "./use-groups-url-state";

const SEARCH_DEBOUNCE_MS = 300;

export interface GroupsToolbarProps {
  q: string;
  sort: GroupSort;
  order: SortOrder;
  size: number;
  onChange: (change: Partial<{ q: string; sort: GroupSort; order: SortOrder; size: number }>) => void;
}

export function GroupsToolbar({ q, sort, order, size, onChange }: GroupsToolbarProps) {
  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The URL changed from elsewhere (back button, a link): show its search, unless it is what we typed.
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q !== text.trim()) setText(q);
  }

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const onSearch = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (value.trim() !== q) onChange({ q: value.trim() });
    }, SEARCH_DEBOUNCE_MS);
  };

  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="groups-toolbar">
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Search
        <input
          type="search"
          value={text}
          onChange={(e) => onSearch(e.target.value)}
          placeholder="Name, id or metadata"
          className={INPUT}
          data-testid="groups-search"
        />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Sort by
        <select
          value={sort}
          onChange={(e) => onChange({ sort: e.target.value as GroupSort })}
          className={INPUT}
          data-testid="groups-sort"
        >
          {GROUP_SORT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => onChange({ order: order === "asc" ? "desc" : "asc" })}
        className={BUTTON_SECONDARY}
        data-testid="groups-order"
        data-order={order}
        aria-label={`Order: ${order === "asc" ? "ascending" : "descending"}; switch to ${order === "asc" ? "descending" : "ascending"}`}
      >
        <span aria-hidden>{order === "asc" ? "↑" : "↓"}</span>
        {order === "asc" ? "Ascending" : "Descending"}
      </button>
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Per page
        <select
          value={size}
          onChange={(e) => onChange({ size: Number(e.target.value) })}
          className={INPUT}
          data-testid="groups-page-size"
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
