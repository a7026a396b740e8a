import type { RunStatus, TaskRun, TaskRunInput } from "../parallel/types";

/** Runs that ended without an output and may be sent again: failed and cancelled ones. */
export const RETRYABLE_STATUSES = ["failed", "cancelled"] as const satisfies readonly RunStatus[];

/** How many of a group's runs "Retry failed" would look at, from its status counts. */
export function retryableCount(counts: Partial<Record<RunStatus, number>>): number {
  return RETRYABLE_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}

const isRetryable = (status: RunStatus): boolean => (RETRYABLE_STATUSES as readonly RunStatus[]).includes(status);

export interface RetryCandidate {
  run: TaskRun;
  input: TaskRunInput;
}

export interface RetryPlan {
  /** Failed runs of the group. */
  failed: number;
  /** Cancelled runs of the group (offered as failed ones are). */
  cancelled: number;
  /** Failed or cancelled runs that a run's `metadata.retry_of` (or an unfinished retry in this browser) already names. */
  alreadyRetried: number;
  /** Failed or cancelled runs whose input could not be read. */
  withoutInput: number;
  candidates: RetryCandidate[];
}

/**
 * Which failed or cancelled runs to resubmit: each once. A run that some run names in
 * `metadata.retry_of` has been retried already; a failed retry is itself a failed run and can be
 * retried (its retry names it, not the original).
 */
export function planRetry(
  failed: Array<{ run: TaskRun; input: TaskRunInput | null | undefined }>,
  retriedIds: ReadonlySet<string>,
): RetryPlan {
  const candidates: RetryCandidate[] = [];
  let alreadyRetried = 0;
  let withoutInput = 0;
  let cancelled = 0;
  const seen = new Set<string>();
  for (const { run, input } of failed) {
    if (!isRetryable(run.status) || seen.has(run.run_id)) continue;
    seen.add(run.run_id);
    if (run.status === "cancelled") cancelled++;
    if (retriedIds.has(run.run_id)) alreadyRetried++;
    else if (!input) withoutInput++;
    else candidates.push({ run, input });
  }
  return { failed: seen.size - cancelled, cancelled, alreadyRetried, withoutInput, candidates };
}

const CONSOLE_KEYS = ["upload_id", "row", "retry_of"];

/** The input of a retry: the failed run's own input, spec and settings; its processor or the one chosen; metadata naming the run it retries. */
export function retryInput(candidate: RetryCandidate, uploadId: string, row: number, processor: string | null): TaskRunInput {
  const metadata = Object.fromEntries(
    Object.entries(candidate.input.metadata ?? candidate.run.metadata ?? {}).filter(([key]) => !CONSOLE_KEYS.includes(key)),
  );
  return {
    ...candidate.input,
    processor: processor ?? candidate.input.processor ?? candidate.run.processor,
    metadata: { ...metadata, upload_id: uploadId, row, retry_of: candidate.run.run_id },
  };
}
