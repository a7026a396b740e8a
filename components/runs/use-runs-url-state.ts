"use client";

import { parseAsBoolean, parseAsInteger, parseAsNumberLiteral, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { RUNS_PAGE_SIZES, type RunsPageParams, type RunsPageSize } from "../../lib/client/run-queries";
import { DEFAULT_RUNS_PAGE_SIZE } from "../../lib/contracts/group-runs";
import { RUN_STATUSES, type RunStatus } from "../../lib/parallel/types";


/** The runs table's view in the URL, so a copied link opens the same filter, page and columns. */
export const runsUrlParsers = {
  status: parseAsStringLiteral(RUN_STATUSES),
  q: parseAsString.withDefault(""),
  page: parseAsInteger.withDefault(1),
  pageSize: parseAsNumberLiteral(RUNS_PAGE_SIZES).withDefault(DEFAULT_RUNS_PAGE_SIZE),
  input: parseAsBoolean.withDefault(false),
  output: parseAsBoolean.withDefault(false),
};

export interface RunsView {
  status: RunStatus | null;
  q: string;
  page: number;
  pageSize: RunsPageSize;
  input: boolean;
  output: boolean;
}

export function useRunsUrlState() {
  // Paging and filtering push history entries, so Back returns to the previous page of runs.
  const [state, setState] = useQueryStates(runsUrlParsers, { history: "push", scroll: false });
  const view: RunsView = { ...state, page: Math.max(1, state.page) };
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

/** What the run cache is asked for to show `view`. */
export function runsPageParams(view: RunsView): RunsPageParams {
  const fields = [view.input ? "input" : "", view.output ? "output" : ""].filter(Boolean).join(",");
  return { status: view.status, q: view.q, page: view.page, pageSize: view.pageSize, fields };
}
