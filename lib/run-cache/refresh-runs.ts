import "server-only";
import { AppError } from "../http/app-error";
import type { TaskRun, TaskRunResult } from "../parallel/types";
import { RUN_API_PREFIX, type UpstreamTarget } from "../parallel/upstream-target";
import { callUpstream } from "../parallel/upstream-client.server";
import type { ConsoleDatabase } from "../registry/database-schema";
import { updateCachedRun } from "./update-cached-run";

/** Per-run requests in flight at once: enough to fill a page quickly without flooding the upstream. */
export const RUN_REFRESH_CONCURRENCY = 4;

export interface RefreshRunsParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  runIds: readonly string[];
  signal?: AbortSignal;
}

/**
 * Re-reads a few runs one by one and updates the cache: a finished run's state and output from
 * `/tasks/runs/{id}/result?timeout=0`, a failed or cancelled one's state from `/tasks/runs/{id}`;
 * a run still active is left as cached. Returns how many cached rows changed.
 */
export async function refreshRuns({ db, target, groupId, runIds, signal }: RefreshRunsParams): Promise<number> {
  let changed = 0;
  let next = 0;
  const worker = async () => {
    while (next < runIds.length && !signal?.aborted) {
      const runId = runIds[next++];
      const latest = await fetchRunNow(target, runId, signal);
      if (latest && (await updateCachedRun({ db, groupId, ...latest }))) changed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(RUN_REFRESH_CONCURRENCY, runIds.length) }, worker));
  return changed;
}

async function fetchRunNow(
  target: UpstreamTarget,
  runId: string,
  signal?: AbortSignal,
): Promise<(Omit<TaskRunResult, "output"> & Partial<TaskRunResult>) | null> {
  const id = encodeURIComponent(runId);
  try {
    return await callUpstream<TaskRunResult>({
      target,
      prefix: RUN_API_PREFIX,
      path: `/tasks/runs/${id}/result`,
      query: { timeout: "0" },
      signal,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.status === 408) return null;
    if (error.status !== 404) throw error;
  }
  // 404 from /result: the run ended without an output (failed, cancelled) or does not exist.
  try {
    return { run: await callUpstream<TaskRun>({ target, prefix: RUN_API_PREFIX, path: `/tasks/runs/${id}`, signal }) };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}
