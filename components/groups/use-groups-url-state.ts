"use client";

import { useQueryStates } from "nuqs";
import type { GroupSort, SortOrder } from "../../lib/client/group-queries";
import { groupsPageSize, groupsUrlParsers, type AddedBy } from "../../lib/client/groups-view-params";

export { ADDED_BY_OPTIONS, GROUP_SORT_LABELS, GROUP_SORTS, PAGE_SIZES } from "../../lib/client/groups-view-params";

export function useGroupsUrlState() {
  const [state, setState] = useQueryStates(groupsUrlParsers, { history: "push" });
  const size = groupsPageSize(state);
  return {
    ...state,
    size,
    cursor: state.after.at(-1) ?? null,
    pageNumber: state.after.length + 1,
    /** Any change of what is listed starts again at the first page. */
    setView: (change: Partial<{ q: string; sort: GroupSort; order: SortOrder; size: number; added_by: AddedBy }>) =>
      setState({ ...change, after: null }, change.q !== undefined ? { history: "replace" } : undefined),
    nextPage: (cursor: string) => setState({ after: [...state.after, cursor] }),
    previousPage: () => setState({ after: state.after.length > 1 ? state.after.slice(0, -1) : null }),
  };
}
