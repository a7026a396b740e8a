// Opaque, strictly increasing event ids. Events-stream ids encode the position in the group's event log;
// a task_group_status event carries the position it was sent at plus a serial, so it sorts between
// the run events around it and resuming from it continues right after that position.

const SEQ_DIGITS = 12;
const SERIAL_DIGITS = 6;

export function encodeEventId(seq: number, statusSerial?: number): string {
  const base = `e${String(seq).padStart(SEQ_DIGITS, "0")}`;
  return statusSerial === undefined ? base : `${base}s${String(statusSerial).padStart(SERIAL_DIGITS, "0")}`;
}

export function encodeRunCursor(seq: number): string {
  return `r${String(seq).padStart(SEQ_DIGITS, "0")}`;
}

/** The log position (and status serial) a cursor stands for, or null when it is not one of ours. */
export function decodeCursor(cursor: string, kind: "e" | "r"): { seq: number; serial: number } | null {
  const match = kind === "e" ? /^e(\d{12})(?:s(\d{6}))?$/.exec(cursor) : /^r(\d{12})$/.exec(cursor);
  return match ? { seq: Number(match[1]), serial: Number(match[2] ?? 0) } : null;
}
