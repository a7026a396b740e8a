import { createLoader, parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import type { GroupSort, GroupsListParams, SortOrder } from "./group-queries";

// No "use client": the home page's server-side prefetch reads the same URL state as the groups list.

export const GROUP_SORT_LABELS: Record<GroupSort, string> = {
  added_at: "Added",
  created_at: "Created",
  name: "Name",
  num_runs: "Runs",
};
export const GROUP_SORTS = Object.keys(GROUP_SORT_LABELS) as GroupSort[];
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

const ORDERS: readonly SortOrder[] = ["asc", "desc"];
export const ADDED_BY_OPTIONS = ["anyone", "me"] as const;
export type AddedBy = (typeof ADDED_BY_OPTIONS)[number];

/**
 * The groups list's view in the URL: search, sort, order, page size, who added the groups
 * (`added_by=me`: "Created by me"), and the stack of cursors of
 * the pages passed through (`after`), so a link reproduces the page and "Previous" is a pop.
 */
export const groupsUrlParsers = {
  q: parseAsString.withDefault(""),
  sort: parseAsStringLiteral(GROUP_SORTS).withDefault("added_at"),
  order: parseAsStringLiteral(ORDERS).withDefault("desc"),
  size: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
  after: parseAsArrayOf(parseAsString).withDefault([]),
  added_by: parseAsStringLiteral(ADDED_BY_OPTIONS).withDefault("anyone"),
};

export interface GroupsUrlState {
  q: string;
  sort: GroupSort;
  order: SortOrder;
  size: number;
  after: string[];
  added_by: AddedBy;
}

/** The groups list's view in a server request's search params. */
export const loadGroupsUrl = createLoader(groupsUrlParsers);

/** An unknown page size shows the default one. */
export function groupsPageSize(state: Pick<GroupsUrlState, "size">): number {
  return (PAGE_SIZES as readonly number[]).includes(state.size) ? state.size : DEFAULT_PAGE_SIZE;
}

/** What the registry is asked for to show the URL's view. */
export function groupsListParams(state: GroupsUrlState): GroupsListParams {
  return {
    q: state.q,
    sort: state.sort,
    order: state.order,
    limit: groupsPageSize(state),
    cursor: state.after.at(-1) ?? null,
    // Left out for "anyone", so the default view's query (and its cache key) stays what it was.
    ...(state.added_by === "me" ? { added_by: "me" as const } : {}),
  };
}
