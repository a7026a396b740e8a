"use client";

import { useEffect, useRef, useState } from "react";
import type { GroupSort, SortOrder } from "../../lib/client/group-queries";
import type { AddedBy } from "../../lib/client/groups-view-params";
import { ADDED_BY_OPTIONS, GROUP_SORT_LABELS, GROUP_SORTS, PAGE_SIZES } from "./use-groups-url-state";
import { Button } from "../ui/button";
import { ChoiceSelect } from "../ui/choice-select";
import { ChoiceOptions } from "../ui/choice-options";
import { Input, Select } from "../ui/input";

const SEARCH_DEBOUNCE_MS = 300;

export interface GroupsToolbarProps {
  q: string;
  sort: GroupSort;
  order: SortOrder;
  size: number;
  addedBy: AddedBy;
  onChange: (change: Partial<{ q: string; sort: GroupSort; order: SortOrder; size: number; added_by: AddedBy }>) => void;
}

export function GroupsToolbar({ q, sort, order, size, addedBy, onChange }: GroupsToolbarProps) {
  const [text, setText] = useState(q);
  const [syncedQ, setSyncedQ] = useState(q);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The URL changed from elsewhere (back button, a link): show its search, unless it is what we typed.
  if (q !== syncedQ) {
    setSyncedQ(q);
    if (q !== text.trim()) setText(q);
  }

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const onSearch = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (value.trim() !== q) onChange({ q: value.trim() });
    }, SEARCH_DEBOUNCE_MS);
  };

  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="groups-toolbar">
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-xs font-medium text-fg-muted">
        Search
        <Input
          type="search"
          value={text}
          onChange={(e) => onSearch(e.target.value)}
          placeholder="Name, id or metadata"
          data-testid="groups-search"
        />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
        Created by
        <ChoiceSelect
          choices={ADDED_BY_OPTIONS}
          value={addedBy}
          onChange={(added_by) => onChange({ added_by })}
          data-testid="groups-added-by"
        />
      </label>
      <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
        Sort by
        <Select value={sort} onChange={(e) => onChange({ sort: e.target.value as GroupSort })} data-testid="groups-sort">
          <ChoiceOptions choices={GROUP_SORTS} labelOf={(option) => GROUP_SORT_LABELS[option]} />
        </Select>
      </label>
      <Button
        type="button"
        onClick={() => onChange({ order: order === "asc" ? "desc" : "asc" })}
        data-testid="groups-order"
        data-order={order}
        aria-label={`Order: ${order === "asc" ? "ascending" : "descending"}; switch to ${order === "asc" ? "descending" : "ascending"}`}
      >
        <span aria-hidden>{order === "asc" ? "↑" : "↓"}</span>
        {order === "asc" ? "Ascending" : "Descending"}
      </Button>
      <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
        Per page
        <ChoiceSelect<number> choices={PAGE_SIZES} value={size} onChange={(size) => onChange({ size })} data-testid="groups-page-size" />
      </label>
    </div>
  );
}
