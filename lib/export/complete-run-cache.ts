import "server-only";
import { AppError } from "../http/app-error";
import type { UpstreamTarget } from "../parallel/upstream.server";
import type { ConsoleDatabase } from "../registry/database-schema";
import { catchUpRuns } from "../run-cache/catch-up-runs";
import { getIngestState } from "../run-cache/ingest-state";
import { ensureIngestion, ingestionError, isIngesting, MIN_INGEST_INTERVAL_MS } from "../run-cache/ingestion-jobs";

/** Longest an export waits for the run cache to catch up with the upstream before giving up. */
export const MAX_CACHE_WAIT_MS = 10 * 60_000;

export interface CompleteRunCacheParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  signal?: AbortSignal;
}

/**
 * Makes the group's run cache hold every run the upstream has, with outputs, before an export reads
 * it. A final cache (the group is done and fully cached) needs nothing. Otherwise ingestion runs
 * until a whole pass over the upstream's runs stream is complete (for an inactive group that also
 * makes the cache final); a group still active is then caught up once, so runs that finished after
 * they were cached carry their outputs. The export is a snapshot as of that moment.
 */
export async function completeRunCache({ db, target, groupId, signal }: CompleteRunCacheParams): Promise<void> {
  if ((await getIngestState({ db, groupId }))?.final) return;
  const deadline = Date.now() + MAX_CACHE_WAIT_MS;
  for (;;) {
    await untilAborted(ensureIngestion({ db, target, groupId }), signal);
    const error = ingestionError({ db, groupId });
    if (error) throw error;
    const state = await getIngestState({ db, groupId });
    if (state?.final) return;
    if (state?.passComplete && !isIngesting({ db, groupId })) break;
    if (Date.now() > deadline)
      throw new AppError(
        "upstream_error",
        `The runs of group ${groupId} could not all be read within ${MAX_CACHE_WAIT_MS / 60_000} minutes`,
      );
    // ensureIngestion does not start a new pass within MIN_INGEST_INTERVAL_MS of the last one.
    await untilAborted(new Promise((resolve) => setTimeout(resolve, MIN_INGEST_INTERVAL_MS)), signal);
  }
  await catchUpRuns({ db, target, groupId, signal: signal ?? new AbortController().signal });
  signal?.throwIfAborted();
}

/** `promise`, or a rejection as soon as `signal` aborts (the work itself goes on for other readers). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
