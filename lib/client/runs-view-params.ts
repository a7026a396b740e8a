import { createLoader, parseAsBoolean, parseAsInteger, parseAsNumberLiteral, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { DEFAULT_RUNS_PAGE_SIZE, RUNS_PAGE_SIZES, type RunsPageSize } from "../contracts/group-runs";
import { RUN_STATUSES, type RunStatus } from "../parallel/types";
import type { RunsPageParams } from "./run-queries";

// No "use client": the group page's server-side prefetch reads the same URL state as the runs table.

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

type ParsedRunsUrl = Omit<RunsView, "page"> & { page: number };

/** The view a parsed URL shows: a page below 1 is the first. */
export function runsViewFrom(state: ParsedRunsUrl): RunsView {
  return { ...state, page: Math.max(1, state.page) };
}

/** The runs table's view from a request's search params, on the server. */
export const loadRunsUrl = createLoader(runsUrlParsers);

/** What the run cache is asked for to show `view`. */
export function runsPageParams(view: RunsView): RunsPageParams {
  const fields = [view.input ? "input" : "", view.output ? "output" : ""].filter(Boolean).join(",");
  return { status: view.status, q: view.q, page: view.page, pageSize: view.pageSize, fields };
}
