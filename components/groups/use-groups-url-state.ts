"use client";

import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import type { GroupSort, SortOrder } from "../../lib/client/group-queries";

export const GROUP_SORT_OPTIONS: ReadonlyArray<{ value: GroupSort; label: string }> = [
  { value: "added_at", label: "Added" },
  { value: "created_at", label: "Created" },
  { value: "name", label: "Name" },
  { value: "num_runs", label: "Runs" },
];
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

const SORTS = GROUP_SORT_OPTIONS.map((o) => o.value);
const ORDERS: readonly SortOrder[] = ["asc", "desc"];

/**
 * The groups list's view in the URL: search, sort, order, page size, and the stack of cursors of
 * the pages passed through (`after`), so a link reproduces the page and "Previous" is a pop.
 */
const groupsUrlParsers = {
  q: parseAsString.withDefault(""),
  sort: parseAsStringLiteral(SORTS).withDefault("added_at"),
  order: parseAsStringLiteral(ORDERS).withDefault("desc"),
  size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
  after: parseAsArrayOf(parseAsString).withDefault([]),
};

export function useGroupsUrlState() {
  const [state, setState] = useQueryStates(groupsUrlParsers, { history: "push" });
  const size = (PAGE_SIZES as readonly number[]).includes(state.size) ? state.size : DEFAULT_PAGE_SIZE;
  return {
    ...state,
    size,
    cursor: state.after.at(-1) ?? null,
    pageNumber: state.after.length + 1,
    /** Any change of what is listed starts again at the first page. */
    setView: (change: Partial<{ q: string; sort: GroupSort; order: SortOrder; size: number }>) =>
      setState({ ...change, after: null }, change.q !== undefined ? { history: "replace" } : undefined),
    nextPage: (cursor: string) => setState({ after: [...state.after, cursor] }),
    previousPage: () => setState({ after: state.after.length > 1 ? state.after.slice(0, -1) : null }),
  };
}
