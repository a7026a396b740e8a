// The Parallel API puts a run event's cursor in its data (`event_id`), not in an SSE `id:` field, so a
// browser's EventSource would reconnect without Last-Event-ID. The console's own live feed adds the
// field to run events only: their ids name a position every instance's upstream stream shares, while a
// status event's id belongs to the connection that sent it and would not be found on another instance.

const UNSAFE_IN_ID = /[\r\n\0]/;

/** The `id:` line to send before a run event with this cursor, or null when there is none to send. */
export function runEventIdLine(type: string, eventId: string | null): Uint8Array | null {
  if (type !== "task_run.state" || eventId === null || eventId === "" || UNSAFE_IN_ID.test(eventId)) return null;
  return Buffer.from(`id: ${eventId}\n`, "utf8");
}
