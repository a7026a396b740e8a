// Cuts an SSE byte stream at event boundaries so that only whole events are forwarded, and remembers
// the `event_id` of the last whole event without parsing every event: one JSON.parse per chunk.

export interface FrameChunk {
  /** Whole events (and comment lines), as received. */
  text: string;
  /** event_id of the last event in `text` that carried one, or null. */
  lastEventId: string | null;
  /** SSE event name of the last event in `text`, or null when `text` held only comments. */
  lastEventType: string | null;
  /** `data` JSON of that last event (already parsed to read its event_id). */
  lastData: unknown;
}

export class SseFrameBuffer {
  private pending = "";

  /** Adds text; returns the whole events now complete, or null when none is. */
  push(text: string): FrameChunk | null {
    this.pending += text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
    const end = this.pending.lastIndexOf("\n\n");
    if (end === -1) return null;
    const complete = this.pending.slice(0, end + 2);
    this.pending = this.pending.slice(end + 2);
    return { text: complete, ...lastEventOf(complete) };
  }

  get hasPartial(): boolean {
    return this.pending.trim() !== "";
  }
}

function lastEventOf(complete: string): Omit<FrameChunk, "text"> {
  const frames = complete.split("\n\n");
  let last: Omit<FrameChunk, "text"> | null = null;
  for (let i = frames.length - 1; i >= 0; i--) {
    const parsed = parseFrame(frames[i]);
    if (!parsed) continue;
    last ??= { lastEventId: null, lastEventType: parsed.type, lastData: parsed.data };
    const eventId = (parsed.data as { event_id?: unknown } | null)?.event_id;
    if (typeof eventId === "string") return { ...last, lastEventId: eventId };
  }
  return last ?? { lastEventId: null, lastEventType: null, lastData: null };
}

function parseFrame(frame: string): { type: string; data: unknown } | null {
  let type = "message";
  let dataText: string | null = null;
  for (const line of frame.split("\n")) {
    if (line.startsWith("event:")) type = line.slice(6).trimStart();
    else if (line.startsWith("data:")) dataText = (dataText === null ? "" : `${dataText}\n`) + line.slice(5).replace(/^ /, "");
  }
  if (dataText === null) return null;
  try {
    return { type, data: JSON.parse(dataText) as unknown };
  } catch {
    return { type, data: dataText };
  }
}
