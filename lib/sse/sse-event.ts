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
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const name = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? "" : line.slice(line[colon + 1] === " " ? colon + 2 : colon + 1);
    if (name === "event") type = value;
    else if (name === "data") data = data === null ? value : `${data}\n${value}`;
    else if (name === "id" && !value.includes("\0")) idField = value;
  }
  if (data === null && idField === null) return null;
  let parsed: { value: unknown } | null = null;
  const json = (): unknown => {
    parsed ??= { value: parseData(data) };
    return parsed.value;
  };
  return {
    bytes,
    type,
    data,
    get json() {
      return json();
    },
    get eventId() {
      if (idField !== null) return idField;
      const eventId = (json() as { event_id?: unknown } | null)?.event_id;
      return typeof eventId === "string" ? eventId : null;
    },
  };
}

function parseData(data: string | null): unknown {
  if (data === null) return null;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}
