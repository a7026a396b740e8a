import type { RecordedEvent } from "./page-event-recorder";
import type { UpstreamEvent } from "./upstream-group-events";

export interface EventGaps {
  /** Runs whose final `task_run.state` the page never received. */
  runsWithoutFinalState: number;
  /** Run events the upstream logged after the first run event the page received, missing from the page. */
  missingAfterFirst: number;
  /** Run events the page received more than once (a resume that started over). */
  duplicated: number;
}

/**
 * Compares what a page's EventSource received with the upstream's whole log of the group. The
 * emulator's event ids increase as strings in stream order (its README), so "after the first one
 * received" is a string comparison.
 *
 * Gaps are counted from the first run event received, not the first event: the live feed starts a
 * fresh watcher at the group's latest status, and the emulator sends a status at most every 250 ms,
 * so run events logged between that status and the join are not owed to the page (it reads the runs
 * themselves from the API). A CI run counted one such event as lost. The handoff comes later: every
 * feed has received a run event before A is stopped.
 */
export function findEventGaps(received: RecordedEvent[], upstream: UpstreamEvent[]): EventGaps {
  const runEvents = upstream.filter((e) => e.type === "task_run.state");
  const receivedRuns = received.filter((e) => e.type === "task_run.state");
  const receivedIds = new Set(receivedRuns.map((e) => e.eventId));
  const finalRunIds = new Set(receivedRuns.map((e) => (JSON.parse(e.data) as { run: { run_id: string } }).run.run_id));
  const upstreamRunIds = new Set(runEvents.map((e) => (e.data as { run: { run_id: string } }).run.run_id));
  const first = receivedRuns[0]?.eventId ?? null;
  return {
    runsWithoutFinalState: [...upstreamRunIds].filter((id) => !finalRunIds.has(id)).length,
    missingAfterFirst: first === null ? runEvents.length : runEvents.filter((e) => e.eventId > first && !receivedIds.has(e.eventId)).length,
    duplicated: receivedRuns.length - receivedIds.size,
  };
}
