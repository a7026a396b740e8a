import { createParser } from "eventsource-parser";

// Reads a raw Server-Sent Events response the way a test needs to see it: the exact text of every
// event block (to check framing), the parsed events, the comment lines (heartbeats), and how the
// stream ended — closed cleanly by the server, cut off, or stopped by us.

export interface SseEvent {
  /** The `event:` field; undefined when the block had none. */
  event: string | undefined;
  /** `data` parsed as JSON; the raw string when it is not JSON. */
  data: unknown;
  rawData: string;
  /** The SSE `id:` field, if the server sent one (the Parallel API puts `event_id` inside data instead). */
  id?: string;
}

export type SseEnd =
  | "closed" // the server ended the response cleanly
  | "aborted" // the connection failed mid-response (socket destroyed, reset)
  | "stopped" // we stopped reading: maxEvents or `until` was satisfied
  | "timeout"; // timeLimitMs passed first

export interface SseRead {
  status: number;
  headers: Headers;
  /** Raw text of each block that carried an event, including its terminating blank line. */
  frames: string[];
  events: SseEvent[];
  /** Comment lines without the leading colon and one optional space (`: ping` → `ping`). */
  comments: string[];
  /** Text received after the last complete block (a frame cut off mid-way). */
  trailing: string;
  ended: SseEnd;
  elapsedMs: number;
}

export interface ReadSseOptions {
  /** Stop once this many events have been parsed; events after the one that satisfied a stop condition are dropped. */
  maxEvents?: number;
  /** Stop as soon as this returns true; called after every event and every comment. */
  until?: (read: SseRead) => boolean;
  /** Give up (and cancel the response) after this long. */
  timeLimitMs?: number;
}

const DEFAULT_TIME_LIMIT_MS = 30_000;

function nextBlockEnd(text: string): { index: number; length: number } | undefined {
  const lf = text.indexOf("\n\n");
  const crlf = text.indexOf("\r\n\r\n");
  if (lf < 0 && crlf < 0) return undefined;
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { index: crlf, length: 4 };
  return { index: lf, length: 2 };
}

function isCommentOnly(block: string): boolean {
  return block.split(/\r?\n/).every((line) => line === "" || line.startsWith(":"));
}

function parseData(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Reads `response` (an SSE response from fetch) until it ends, or until an option says to stop. */
export async function readSse(response: Response, options: ReadSseOptions = {}): Promise<SseRead> {
  const started = Date.now();
  const read: SseRead = {
    status: response.status,
    headers: response.headers,
    frames: [],
    events: [],
    comments: [],
    trailing: "",
    ended: "closed",
    elapsedMs: 0,
  };
  if (!response.body) return { ...read, elapsedMs: Date.now() - started };

  let satisfied = false;
  const checkStop = () => {
    if (options.maxEvents !== undefined && read.events.length >= options.maxEvents) satisfied = true;
    if (options.until?.(read)) satisfied = true;
  };
  const parser = createParser({
    onEvent: (message) => {
      if (satisfied) return;
      read.events.push({ event: message.event, data: parseData(message.data), rawData: message.data, id: message.id });
      checkStop();
    },
    onComment: (comment) => {
      if (satisfied) return;
      read.comments.push(comment);
      checkStop();
    },
  });

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void reader.cancel().catch(() => undefined);
  }, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);

  const takeText = (text: string) => {
    read.trailing += text;
    for (let end = nextBlockEnd(read.trailing); end; end = nextBlockEnd(read.trailing)) {
      const block = read.trailing.slice(0, end.index + end.length);
      read.trailing = read.trailing.slice(end.index + end.length);
      if (!isCommentOnly(block)) read.frames.push(block);
    }
    parser.feed(text);
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        takeText(decoder.decode());
        read.ended = timedOut ? "timeout" : "closed";
        break;
      }
      takeText(decoder.decode(value, { stream: true }));
      if (satisfied) {
        read.ended = "stopped";
        read.frames = read.frames.slice(0, read.events.length);
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    read.ended = timedOut ? "timeout" : "aborted";
  } finally {
    clearTimeout(timer);
  }
  read.elapsedMs = Date.now() - started;
  return read;
}

/** Fetches `url` as an event stream and reads it; non-2xx responses are returned unread with their body in `trailing`. */
export async function fetchSse(url: string, init: RequestInit = {}, options: ReadSseOptions = {}): Promise<SseRead> {
  const headers = new Headers(init.headers);
  if (!headers.has("accept")) headers.set("accept", "text/event-stream");
  const response = await fetch(url, { ...init, headers });
  if (!response.ok) {
    return {
      status: response.status,
      headers: response.headers,
      frames: [],
      events: [],
      comments: [],
      trailing: await response.text(),
      ended: "closed",
      elapsedMs: 0,
    };
  }
  return readSse(response, options);
}
