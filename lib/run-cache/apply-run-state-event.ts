import "server-only";
import type { TaskRunEvent } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { updateCachedRun } from "./update-cached-run";

/**
 * Applies a relayed `task_run.state` event to the run cache: status, is_active, modified_at,
 * error and warnings, plus input/output when the event carries them and the cache lacks them.
 * Returns false when the run is not cached yet or the event is older than what is cached.
 */
export function applyRunStateEvent({
  db,
  groupId,
  event,
}: {
  db: ConsoleDatabase;
  groupId: string;
  event: TaskRunEvent;
}): Promise<boolean> {
  return updateCachedRun({ db, groupId, run: event.run, input: event.input, output: event.output });
}
