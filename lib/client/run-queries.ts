"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { RunStatus, TaskRun, TaskRunInput, TaskRunResult } from "../parallel/types";
import type { CachedRun } from "../run-cache/cached-run";
import type { RunsPage } from "../run-cache/get-runs-page";
import { ApiError } from "./api-error";
import { fetchJson } from "./fetch-json";
import { runKeys } from "./query-keys";

// Query keys live in query-keys.ts, shared with the pages' server-side prefetch.
export { runKeys };

export type { CachedRun, RunsPage };

export { RUNS_PAGE_SIZES, type RunsPageSize } from "./runs-view-params";

export interface RunsPageParams {
  status: RunStatus | null;
  q: string;
  page: number;
  pageSize: number;
  /** "", "input", "output" or "input,output": the large parts asked for, only while their columns are shown. */
  fields: string;
}

/**
 * An active run is re-read this often: a fallback for when its events stream is unavailable (the
 * stream, when it works, delivers the final state at once).
 */
export const ACTIVE_RUN_POLL_MS = 5_000;

/** While the server is still reading the group's runs from upstream, the page is re-read this often. */
export const INGESTION_POLL_MS = 2_000;

export function runsPageUrl(groupId: string, { status, q, page, pageSize, fields }: RunsPageParams): string {
  const search = new URLSearchParams({ limit: String(pageSize), offset: String((page - 1) * pageSize) });
  if (status) search.set("status", status);
  if (q) search.set("q", q);
  if (fields) search.set("fields", fields);
  return `/api/groups/${encodeURIComponent(groupId)}/runs?${search}`;
}

export function useRunsPage(groupId: string, params: RunsPageParams) {
  return useQuery({
    queryKey: runKeys.page(groupId, params),
    queryFn: ({ signal }) => fetchJson<RunsPage>(runsPageUrl(groupId, params), { signal }),
    // Paging, filtering and toggling columns keep the last rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data && !query.state.data.ingestion.complete ? INGESTION_POLL_MS : false),
  });
}

function runUrl(runId: string, part = ""): string {
  return `/api/parallel/v1/tasks/runs/${encodeURIComponent(runId)}${part}`;
}

export function useRun(runId: string) {
  return useQuery({
    queryKey: runKeys.run(runId),
    queryFn: ({ signal }) => fetchJson<TaskRun>(runUrl(runId), { signal }),
    refetchInterval: (query) => (query.state.data?.is_active ? ACTIVE_RUN_POLL_MS : false),
  });
}

export function useRunInput(runId: string) {
  return useQuery({
    queryKey: runKeys.input(runId),
    queryFn: ({ signal }) => fetchJson<TaskRunInput>(runUrl(runId, "/input"), { signal }),
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
    return await fetchJson<TaskRunResult>(runUrl(runId, "/result?timeout=0"), { signal });
  } catch (error) {
    // 408: still running. 404: the run ended without an output; its TaskRun carries the error.
    if (error instanceof ApiError && (error.status === 408 || error.status === 404)) return null;
    throw error;
  }
}
