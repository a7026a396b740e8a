import type { TaskGroupStatusEvent, TaskRunEvent } from "@/lib/parallel/types";
import type { SseRead } from "./sse";

// Typed views over a read stream, for the Parallel API's event shapes.

export function eventData(read: SseRead): Array<{ type?: string; event_id?: string | null } & Record<string, unknown>> {
  return read.events.map((event) => event.data as { type?: string; event_id?: string | null } & Record<string, unknown>);
}

export function runStateEvents(read: SseRead): TaskRunEvent[] {
  return eventData(read).filter((data) => data.type === "task_run.state") as unknown as TaskRunEvent[];
}

export function groupStatusEvents(read: SseRead): TaskGroupStatusEvent[] {
  return eventData(read).filter((data) => data.type === "task_group_status") as unknown as TaskGroupStatusEvent[];
}

/** The `event_id` of every event, in the order received (null where an event has none). */
export function eventIds(read: SseRead): Array<string | null> {
  return eventData(read).map((data) => (typeof data.event_id === "string" ? data.event_id : null));
}

export function lastEventId(read: SseRead): string | undefined {
  return eventIds(read)
    .filter((id): id is string => id !== null)
    .pop();
}
