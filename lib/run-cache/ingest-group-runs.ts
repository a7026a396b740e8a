import "server-only";
import type { LeaseFence } from "../cluster/hold-lease";
import { AppError } from "../http/app-error";
import { databaseErrorFrom } from "../http/database-error";
import type { TaskGroupResponse, TaskGroupStatus, TaskRunEvent } from "../parallel/types";
import { callUpstream } from "../parallel/upstream-client.server";
import type { ConsoleDatabase } from "../registry/database-schema";
import { requireGroup } from "../registry/get-group";
import { recordGroupStatus } from "../registry/record-group-status";
import { catchUpRuns, type CatchUpRunsParams } from "./catch-up-runs";
import { getIngestState, startIngestState, updateIngestState, type IngestState } from "./ingest-state";
import { readRunsStream } from "./read-runs-stream";
import { storeRunBatch } from "./store-run-batch";

/** Rows per transaction: large enough for throughput, small enough that readers wait only milliseconds. */
export const INGEST_BATCH_ROWS = 500;
/** A partial batch is committed after this long, so the first rows are readable at once. */
export const INGEST_MAX_BATCH_DELAY_MS = 250;
/** Passes per ingestion when runs keep being added while it reads. */
const MAX_ROUNDS = 3;

export interface IngestGroupRunsParams extends CatchUpRunsParams {
  /** Called after each committed batch (for readers waiting on the first page). */
  onProgress?: () => void;
  /** Checked in every batch's transaction: the batch is written only while it answers true. */
  fence?: LeaseFence;
}

/**
 * Caches the group's runs: reads the runs stream from where the last ingestion stopped (its
 * runs_cursor) and commits them batch by batch with the cursor. Once the group is inactive it
 * brings runs cached while active up to date and marks the cache final. The group must be in the
 * registry. An aborted ingestion keeps every committed batch; the next one continues after it.
 */
export async function ingestGroupRuns({ db, target, groupId, signal, onProgress }: IngestGroupRunsParams): Promise<IngestState> {
  await requireGroup({ db, groupId });
  await startIngestState({ db, groupId });
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const state = await currentState(db, groupId);
      if (state.final) return state;
      await ingestNewRuns({ db, target, groupId, signal, onProgress }, state.runsCursor);
      const status = await fetchGroupStatus({ db, target, groupId, signal });
      const after = await currentState(db, groupId);
      if (status.is_active) break;
      // Runs added between the end of the pass and the status: read them before finishing.
      if (after.ingestedCount < status.num_task_runs) continue;
      if ((await catchUpRuns({ db, target, groupId, signal })) > 0) break;
      throwIfAborted(signal);
      // Final only if nothing was added while catching up.
      const again = await fetchGroupStatus({ db, target, groupId, signal });
      if (!again.is_active && again.num_task_runs === after.ingestedCount) {
        await updateIngestState({ db, groupId, changes: { final: 1 } });
      }
      break;
    }
    await updateIngestState({ db, groupId, changes: { last_error: null } });
    return await currentState(db, groupId);
  } catch (error) {
    if (!signal.aborted) {
      const lastError = databaseErrorFrom(error)?.message ?? (error as Error).message;
      // A database that refused the batch may refuse this too; the error to report is the first one.
      await updateIngestState({ db, groupId, changes: { last_error: lastError } }).catch(() => {});
    }
    throw error;
  }
}

async function ingestNewRuns(params: IngestGroupRunsParams, cursor: string | null): Promise<void> {
  const { db, target, groupId, signal, onProgress, fence } = params;
  let buffer: TaskRunEvent[] = [];
  let lastCommitMs = 0;
  const commit = async () => {
    while (buffer.length > 0) {
      const batch = buffer.slice(0, INGEST_BATCH_ROWS);
      buffer = buffer.slice(INGEST_BATCH_ROWS);
      const stored = await storeRunBatch({ db, groupId, events: batch, fence });
      if (stored === "lease lost") throw leaseLost(groupId, signal);
      if (stored === null) throw forgotten(groupId);
      onProgress?.();
    }
    lastCommitMs = Date.now();
  };
  const query = { include_input: "true", include_output: "true" } as const;
  for await (const events of readRunsStream({ target, groupId, query, lastEventId: cursor, signal })) {
    buffer.push(...events);
    if (buffer.length >= INGEST_BATCH_ROWS || Date.now() - lastCommitMs >= INGEST_MAX_BATCH_DELAY_MS) await commit();
  }
  // The stream also ends quietly when aborted: that must not count as a finished pass.
  throwIfAborted(signal);
  await commit();
  await updateIngestState({ db, groupId, changes: { pass_complete: 1 } });
  onProgress?.();
}

async function fetchGroupStatus({ db, target, groupId, signal }: Omit<IngestGroupRunsParams, "onProgress">): Promise<TaskGroupStatus> {
  const group = await callUpstream<TaskGroupResponse>({ target, path: `/tasks/groups/${encodeURIComponent(groupId)}`, signal });
  if (!(await recordGroupStatus({ db, groupId, status: group.status, atMs: Date.now() }))) throw forgotten(groupId);
  return group.status;
}

async function currentState(db: ConsoleDatabase, groupId: string): Promise<IngestState> {
  const state = await getIngestState({ db, groupId });
  if (!state) throw forgotten(groupId);
  return state;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error("Ingestion aborted");
}

function leaseLost(groupId: string, signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error(`Lost the lease on caching the runs of group ${groupId}`);
}

function forgotten(groupId: string): AppError {
  return new AppError("not_found", `Group ${groupId} was forgotten while its runs were being cached`);
}
