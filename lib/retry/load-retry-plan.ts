import type { TaskRun, TaskRunInput } from "../parallel/types";
import type { UploadJournal } from "../upload/journal-types";
import { readGroupRuns } from "../upload/read-group-runs";
import { planRetry, RETRYABLE_STATUSES, type RetryPlan } from "./retry-candidates";

/**
 * Reads the group's runs stream: every run (to learn which runs were retried), then the failed and
 * the cancelled ones with their inputs. Retries this browser has started but not finished count as done.
 */
export async function loadRetryPlan(groupId: string, journal: UploadJournal | null, signal?: AbortSignal): Promise<RetryPlan> {
  const retried = new Set<string>();
  await readGroupRuns(groupId, {
    signal,
    onEvents(events) {
      for (const { run } of events) {
        const of = run.metadata?.retry_of;
        if (typeof of === "string") retried.add(of);
      }
    },
  });
  if (journal) {
    for (const upload of await journal.listUploads()) {
      if (upload.kind === "retry" && upload.groupId === groupId && upload.state !== "done")
        for (const id of upload.retryOf ?? []) retried.add(id);
    }
  }
  const ended: Array<{ run: TaskRun; input: TaskRunInput | null | undefined }> = [];
  // The runs stream filters by one status at a time.
  for (const status of RETRYABLE_STATUSES) {
    await readGroupRuns(groupId, {
      status,
      includeInput: true,
      signal,
      onEvents(events) {
        for (const event of events) ended.push({ run: event.run, input: event.input });
      },
    });
  }
  return planRetry(ended, retried);
}
