"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RunStatus, TaskRun, TaskRunInput, TaskRunResult } from "../parallel/types";
import { groupRunsUrl, RUNS_PAGE_SIZES, type CachedRun, type RunsPage } from "../contracts/group-runs";
import { ApiError } from "./api-error";
import { fetchJson, getJson } from "./fetch-json";
import { runPath } from "./gateway-paths";
import { runKeys } from "./query-keys";

// Query keys live in query-keys.ts, shared with the pages' server-side prefetch.
export { runKeys };

export { RUNS_PAGE_SIZES };
export type { CachedRun, RunsPage };

/** The runs table's view of a page (its query key); the URL is the runs contract's (groupRunsUrl). */
export interface RunsPageParams {
  status: RunStatus | null;
  q: string;
  page: number;
  pageSize: number;
  /** "", "input", "output" or "input,output": the large parts asked for, only while their columns are shown. */
  fields: string;
}

/**
 * While the server is still reading a group's runs from upstream into its cache, what is read from
 * that cache (a page of runs, the review queue, a comparison) is re-read this often.
 */
export const INGESTION_POLL_MS = 2_000;

export function runsPageUrl(groupId: string, { status, q, page, pageSize, fields }: RunsPageParams): string {
  return groupRunsUrl({ id: groupId }, { limit: pageSize, offset: (page - 1) * pageSize, status, q, fields });
}

export function useRunsPage(groupId: string, params: RunsPageParams) {
  return useQuery({
    queryKey: runKeys.page(groupId, params),
    queryFn: getJson<RunsPage>(runsPageUrl(groupId, params)),
    // Paging, filtering and toggling columns keep the last rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data && !query.state.data.ingestion.complete ? INGESTION_POLL_MS : false),
  });
}

/**
 * An active run is re-read this often: a fallback for when its events stream is unavailable (the
 * stream, when it works, delivers the final state at once).
 */
const ACTIVE_RUN_POLL_MS = 5_000;

export function useRun(runId: string) {
  return useQuery({
    queryKey: runKeys.run(runId),
    queryFn: getJson<TaskRun>(runPath(runId)),
    refetchInterval: (query) => (query.state.data?.is_active ? ACTIVE_RUN_POLL_MS : false),
  });
}

export function useRunInput(runId: string) {
  return useQuery({
    queryKey: runKeys.input(runId),
    queryFn: getJson<TaskRunInput>(runPath(runId, "input")),
    // An input never changes.
    staleTime: Infinity,
  });
}

/** The run's result once it has one; asked only when `enabled` (the run is known to be finished). */
export function useRunResult(runId: string, enabled: boolean) {
  return useQuery({
    queryKey: runKeys.result(runId),
    queryFn: ({ signal }) => fetchRunResult(runId, signal),
    enabled,
  });
}

async function fetchRunResult(runId: string, signal: AbortSignal): Promise<TaskRunResult | null> {
  try {
    return await fetchJson<TaskRunResult>(runPath(runId, "result", new URLSearchParams({ timeout: "0" })), { signal });
  } catch (error) {
    // 408: still running. 404: the run ended without an output; its TaskRun carries the error.
    if (error instanceof ApiError && (error.status === 408 || error.status === 404)) return null;
    throw error;
  }
}
