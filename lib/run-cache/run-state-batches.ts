import "server-only";
import type { TaskRunEvent } from "../parallel/types";

// Relayed run-state events come at the rate a group's runs change (hundreds a second for a large
// group, on every instance that relays it). Applying them a batch at a time costs a few queries per
// batch instead of a transaction per event; the run cache is this much behind the live feed at most.
export const RUN_STATE_BATCH_MS = 200;

type ApplyBatch = (groupId: string, events: TaskRunEvent[]) => Promise<unknown>;

/**
 * Collects run-state events per group and hands each group's events to `apply` every
 * `batchMs`. A group's batches are applied one after another, in the order the events came.
 */
export function runStateBatches(apply: ApplyBatch, onError: (groupId: string, error: unknown) => void, batchMs = RUN_STATE_BATCH_MS) {
  const pending = new Map<string, TaskRunEvent[]>();
  const applying = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | null = null;

  const applyInOrder = (groupId: string, events: TaskRunEvent[]) => {
    const done = (applying.get(groupId) ?? Promise.resolve())
      .then(() => apply(groupId, events))
      .then(
        () => undefined,
        (error: unknown) => onError(groupId, error),
      )
      .finally(() => {
        if (applying.get(groupId) === done) applying.delete(groupId);
      });
    applying.set(groupId, done);
  };

  const flush = () => {
    timer = null;
    const batches = [...pending];
    pending.clear();
    for (const [groupId, events] of batches) applyInOrder(groupId, events);
  };

  return {
    add(groupId: string, event: TaskRunEvent): void {
      const events = pending.get(groupId);
      if (events) events.push(event);
      else pending.set(groupId, [event]);
      // Unref'd: a batch waiting to be written never keeps a stopping process alive.
      timer ??= setTimeout(flush, batchMs).unref();
    },
  };
}
