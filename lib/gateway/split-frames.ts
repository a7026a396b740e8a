export interface HubEvent {
  eventId: string | null;
  type: string;
  /** The event as it came from upstream, ending with its blank line. */
  text: string;
}

// The top-level event_id is the first such key in an event's JSON (nested objects come after it).
const EVENT_ID = /"event_id":"((?:[^"\\]|\\.)*)"/;

/** Splits whole SSE events into single events; comment-only blocks (heartbeats) are dropped. */
export function splitFrames(text: string): HubEvent[] {
  const events: HubEvent[] = [];
  for (const block of text.split("\n\n")) {
    if (!/(?:^|\n)data:/.test(block)) continue;
    const type = /(?:^|\n)event:\s?([^\n]*)/.exec(block)?.[1] ?? "message";
    events.push({ eventId: EVENT_ID.exec(block)?.[1] ?? null, type, text: `${block}\n\n` });
  }
  return events;
}

/** The JSON of an event's data lines. */
export function eventData(event: HubEvent): unknown {
  const data = event.text
    .split("\n")
    .filter((line) => line.startsWith("data:"))
    .map((line) => line.slice(5).replace(/^ /, ""))
    .join("\n");
  return JSON.parse(data);
}
