"use client";

import { useQueryStates } from "nuqs";
import { runsUrlParsers, runsViewFrom, type RunsView } from "../../lib/client/runs-view-params";

export { runsPageParams, type RunsView } from "../../lib/client/runs-view-params";

export function useRunsUrlState() {
  // Paging and filtering push history entries, so Back returns to the previous page of runs.
  const [state, setState] = useQueryStates(runsUrlParsers, { history: "push", scroll: false });
  const view = runsViewFrom(state);
  return {
    view,
    /** Another filter or page size lists other runs: back to the first page. */
    setFilter: (change: Partial<Pick<RunsView, "status" | "q" | "pageSize">>) =>
      setState({ ...change, page: null }, change.q !== undefined ? { history: "replace" } : undefined),
    setPage: (page: number) => setState({ page: page <= 1 ? null : page }),
    setColumns: (change: Partial<Pick<RunsView, "input" | "output">>) => setState(change, { history: "replace" }),
    resetFilters: () => setState({ status: null, q: null, page: null }),
  };
}
