import type { SseRead } from "./sse";
import { lastEventId } from "./stream-events";

// Reads a resumable stream the way a well-behaved client does after a dropped connection:
// reconnect with the last event_id seen until the server closes the stream cleanly.

export interface ResumedRead {
  connections: SseRead[];
  /** Every event's data, across connections, in order received. */
  events: unknown[];
}

export async function readWithResume(
  open: (lastEventId: string | undefined) => Promise<SseRead>,
  { maxConnections = 50 }: { maxConnections?: number } = {},
): Promise<ResumedRead> {
  const connections: SseRead[] = [];
  let cursor: string | undefined;
  for (;;) {
    const read = await open(cursor);
    connections.push(read);
    if (read.status !== 200) throw new Error(`reconnect ${connections.length} answered HTTP ${read.status}: ${read.trailing}`);
    cursor = lastEventId(read) ?? cursor;
    if (read.ended === "closed") break;
    if (read.ended !== "aborted") throw new Error(`connection ${connections.length} ended "${read.ended}"`);
    if (connections.length >= maxConnections) throw new Error(`stream not finished after ${maxConnections} connections`);
  }
  return { connections, events: connections.flatMap((read) => read.events.map((event) => event.data)) };
}
