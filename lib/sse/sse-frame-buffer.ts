import { readEvent, type SseEvent } from "./sse-event";

// Cuts an SSE byte stream at event boundaries so that only whole events are forwarded, and remembers
// the `event_id` of the last whole event: only the last events of each chunk are decoded and parsed.
// Callers that need every event (the events hub, the runs ingestion) ask the chunk for them.

const LF = 0x0a;
const CR = 0x0d;
const EVENT_END = "\n\n";

export interface FrameChunk {
  /** Whole events (and comment lines), as received, in order: forwarded without being copied. */
  parts: Uint8Array[];
  /** The same events as text (decoded when first read). */
  readonly text: string;
  /** event_id of the last event in the chunk that carried one, or null. */
  lastEventId: string | null;
  /** SSE event name of the last event in the chunk, or null when it held only comments. */
  lastEventType: string | null;
  /** `data` JSON of that last event (already parsed to read its event_id). */
  lastData: unknown;
  /** Each event of the chunk with its own bytes, type and id (split when first asked). */
  events(): SseEvent[];
}

type LastEvent = Pick<FrameChunk, "lastEventId" | "lastEventType" | "lastData">;

/** A chunk made by the gateway itself (an error event), from text. */
export function frameChunkOfText(text: string): FrameChunk {
  if (!text.endsWith(EVENT_END)) throw new Error(`An SSE chunk must end with a blank line: ${JSON.stringify(text)}`);
  return wholeEvents([Buffer.from(text, "utf8")]);
}

// Upstream chunks are forwarded as they came (a slice of each, never a copy): copying them, or
// decoding and re-encoding them, cost the gateway a fifth of its CPU on a runs stream with outputs.
export class SseFrameBuffer {
  private pending: Buffer = Buffer.alloc(0);
  /** The previous bytes ended with a CR, whose LF (if any) starts the next bytes. */
  private afterCr = false;

  /** Adds bytes; returns the whole events now complete, or null when none is. */
  push(input: Uint8Array | string): FrameChunk | null {
    let bytes = typeof input === "string" ? Buffer.from(input, "utf8") : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (this.afterCr || bytes.includes(CR)) bytes = this.normalizeLineEnds(bytes);
    if (bytes.length === 0) return null;
    const inChunk = bytes.lastIndexOf(EVENT_END);
    // The blank line may also straddle the seam: "…\n" then "\n…".
    const cut =
      inChunk !== -1 ? inChunk + 2 : this.pending.length > 0 && this.pending[this.pending.length - 1] === LF && bytes[0] === LF ? 1 : -1;
    if (cut === -1) {
      this.pending = this.pending.length === 0 ? bytes : Buffer.concat([this.pending, bytes]);
      return null;
    }
    const parts = this.pending.length === 0 ? [bytes.subarray(0, cut)] : [this.pending, bytes.subarray(0, cut)];
    this.pending = bytes.subarray(cut);
    return wholeEvents(parts);
  }

  get hasPartial(): boolean {
    return this.pending.some((byte) => byte !== LF && byte !== 0x20 && byte !== 0x09);
  }

  /** CRLF and lone CR become LF; CR and LF never occur inside a UTF-8 multi-byte sequence. */
  private normalizeLineEnds(bytes: Buffer): Buffer {
    const out = Buffer.allocUnsafe(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === LF && (i === 0 ? this.afterCr : bytes[i - 1] === CR)) continue;
      out[n++] = byte === CR ? LF : byte;
    }
    this.afterCr = bytes.length > 0 && bytes[bytes.length - 1] === CR;
    return out.subarray(0, n);
  }
}

function wholeEvents(parts: Buffer[]): FrameChunk {
  let text: string | null = null;
  let events: SseEvent[] | null = null;
  const joined = () => (parts.length === 1 ? parts[0] : Buffer.concat(parts));
  const last = parts[parts.length - 1];
  // The last part usually holds the last few events whole; its first frame may begin in the part
  // before it, and only then are the parts joined.
  const found = parts.length === 1 ? lastEventOf(last, true) : (lastEventOf(last, false) ?? lastEventOf(joined(), true));
  return {
    parts,
    get text() {
      text ??= joined().toString("utf8");
      return text;
    },
    events() {
      events ??= eventsOf(joined());
      return events;
    },
    ...(found ?? { lastEventId: null, lastEventType: null, lastData: null }),
  };
}

/** Each event of whole frames, in order; comment-only frames (heartbeats) are left out. */
function eventsOf(bytes: Buffer): SseEvent[] {
  const events: SseEvent[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(EVENT_END, start);
    const stop = end === -1 ? bytes.length : end + 2;
    const event = readEvent(bytes.subarray(start, stop));
    if (event) events.push(event);
    start = stop;
  }
  return events;
}

/**
 * Reads frames from the last backwards until one has an event_id. `startsWhole` says whether the
 * bytes begin at a frame's start; when not, the first frame is not read and null means "look further".
 */
function lastEventOf(bytes: Buffer, startsWhole: boolean): LastEvent | null {
  let last: LastEvent | null = null;
  // `bytes` ends with "\n\n": each frame ends where the previous search for "\n\n" stopped.
  let frameEnd = bytes.length - 2;
  while (frameEnd >= 0) {
    const boundary = frameEnd === 0 ? -1 : bytes.lastIndexOf(EVENT_END, frameEnd - 1);
    if (boundary === -1 && !startsWhole) return last?.lastEventId ? last : null;
    const event = readEvent(bytes.subarray(boundary === -1 ? 0 : boundary + 2, frameEnd));
    if (event) {
      last ??= { lastEventId: null, lastEventType: event.type, lastData: event.json };
      if (event.eventId !== null) return { ...last, lastEventId: event.eventId };
    }
    if (boundary === -1) break;
    frameEnd = boundary;
  }
  return last;
}
