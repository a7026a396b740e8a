import "server-only";
import type { TaskRunEvent } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { updateCachedRuns } from "./update-cached-run";

/**
 * Applies relayed `task_run.state` events of one group to the run cache, in order: status,
 * is_active, modified_at, error and warnings, plus input/output when an event carries them and the
 * cache lacks them. Runs not cached yet, and events older than what is cached, are left alone.
 * Returns how many events moved a cached run.
 */
export function applyRunStateEvents({
  db,
  groupId,
  events,
}: {
  db: ConsoleDatabase;
  groupId: string;
  events: TaskRunEvent[];
}): Promise<number> {
  return updateCachedRuns({ db, groupId, changes: events.map((e) => ({ run: e.run, input: e.input, output: e.output })) });
}
