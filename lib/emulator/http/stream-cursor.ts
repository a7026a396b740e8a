import type { IncomingMessage } from "node:http";
import { decodeCursor } from "../cursors";
import type { Parsed } from "./query-params";

/** `last_event_id` from the query, else the standard `Last-Event-ID` header an EventSource sends. */
export function streamCursor(req: IncomingMessage, url: URL, kind: "e" | "r"): Parsed<{ seq: number; serial: number } | null> {
  const raw = url.searchParams.get("last_event_id") || (req.headers["last-event-id"] as string | undefined) || "";
  if (raw === "") return { ok: true, value: null };
  const decoded = decodeCursor(raw, kind);
  if (!decoded) {
    return { ok: false, error: { loc: ["query", "last_event_id"], msg: `Unknown event id '${raw}' for this stream`, type: "value_error" } };
  }
  return { ok: true, value: decoded };
}
