// One SSE event as the server side reads it: its bytes as received (forwarded untouched), its type
// and cursor read from its field lines, and its data decoded only when a caller asks for it.

export interface SseEvent {
  /** The event's bytes, line ends normalised to LF, ending with its blank line. */
  readonly bytes: Uint8Array;
  /** The `event:` field, or "message". */
  readonly type: string;
  /** The `id:` field, else the top-level `event_id` of the data JSON (where the Parallel API puts it); or null. */
  readonly eventId: string | null;
  /** The data lines joined with LF, or null when the event had none (an id-only event). */
  readonly data: string | null;
  /** The data as JSON (parsed on first read); the raw string when it is not JSON. */
  readonly json: unknown;
}

/** Reads the event in `bytes` (one frame, its blank line optional); null for comment-only or empty frames. */
export function readEvent(bytes: Uint8Array): SseEvent | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  let type = "message";
  let idField: string | null = null;
  let data: string | null = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("data:")) {
      const value = fieldValue(line, 5);
      data = data === null ? value : `${data}\n${value}`;
    } else if (line.startsWith("event:")) type = fieldValue(line, 6);
    else if (line.startsWith("id:")) {
      const value = fieldValue(line, 3);
      if (!value.includes("\0")) idField = value;
    } else if (line === "data") data = data === null ? "" : `${data}\n`;
  }
  if (data === null && idField === null) return null;
  return new ReadEvent(bytes, type, idField, data);
}

/** A field's value: after its colon and one optional space. */
function fieldValue(line: string, afterColon: number): string {
  return line.charCodeAt(afterColon) === 0x20 ? line.slice(afterColon + 1) : line.slice(afterColon);
}

class ReadEvent implements SseEvent {
  private parsed: { value: unknown } | null = null;

  constructor(
    readonly bytes: Uint8Array,
    readonly type: string,
    private readonly idField: string | null,
    readonly data: string | null,
  ) {}

  get json(): unknown {
    this.parsed ??= { value: parseData(this.data) };
    return this.parsed.value;
  }

  get eventId(): string | null {
    if (this.idField !== null) return this.idField;
    const eventId = (this.json as { event_id?: unknown } | null)?.event_id;
    return typeof eventId === "string" ? eventId : null;
  }
}

function parseData(data: string | null): unknown {
  if (data === null) return null;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}
