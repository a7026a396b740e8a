import type { UploadJournal, UploadRecord } from "../upload/journal-types";
import { newUploadId, UploadWriter } from "../upload/write-upload";
import { loadRetryPlan } from "./load-retry-plan";
import { retryInput, type RetryCandidate, type RetryPlan } from "./retry-candidates";

export interface StartRetryParams {
  groupId: string;
  journal: UploadJournal;
  /** null: each run keeps its own processor. */
  processor: string | null;
  /** Run ids the user saw and confirmed; a run that has meanwhile been retried elsewhere is left out. */
  runIds: ReadonlySet<string>;
}

/**
 * Journals a retry upload of the group's failed runs, ready for the same exactly-once submission
 * as a file. Under a Web Lock per group, the plan is read again and written in one go, so two
 * tabs pressing "Retry failed" at once cannot both pick the same run.
 */
export async function startRetry({
  groupId,
  journal,
  processor,
  runIds,
}: StartRetryParams): Promise<{ upload: UploadRecord; plan: RetryPlan } | null> {
  const write = async () => {
    const plan = await loadRetryPlan(groupId, journal);
    const candidates = plan.candidates.filter((c) => runIds.has(c.run.run_id));
    if (candidates.length === 0) return null;
    const id = newUploadId();
    const writer = await UploadWriter.begin(journal, {
      id,
      kind: "retry",
      label: `Retry of ${candidates.length.toLocaleString("en-US")} ${retryLabel(candidates)}`,
      groupId,
      newGroupMetadata: null,
      // Each retry carries its run's own task spec.
      defaultTaskSpec: null,
      processor: processor ?? "same as each run",
      draftKey: null,
      retryOf: candidates.map((c) => c.run.run_id),
    });
    for (const [i, candidate] of candidates.entries()) await writer.add({ row: i + 1, input: retryInput(candidate, id, i + 1, processor) });
    return { upload: await writer.seal(), plan };
  };
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  return locks ? locks.request(`task-group-console-retry:${groupId}`, write) : write();
}

function retryLabel(candidates: readonly RetryCandidate[]): string {
  const noun = candidates.length === 1 ? "run" : "runs";
  return candidates.some((c) => c.run.status === "cancelled") ? `failed or cancelled ${noun}` : `failed ${noun}`;
}
