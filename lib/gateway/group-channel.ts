import type { UpstreamStream } from "../parallel/upstream-stream";
import { EventWatcher } from "./event-watcher";
import { isFinalStatus } from "../sse/final-status";
import { runEventIdLine } from "../sse/id-field";
import { resumableFrames } from "../sse/resumable-frames";
import type { SseEvent } from "../sse/sse-event";

// The shared log of one group's events, kept so that late clients can be served from memory:
// bounded, so a group with millions of runs cannot grow it without end.
export const LOG_CAP_EVENTS = 20_000;
// The same log bounded by its size, since the events of another upstream may carry whole outputs:
// past this many bytes the oldest events are dropped, down to 80% of it.
export const LOG_CAP_CHARS = 16_000_000;

// Under a flood, events go out to watchers at most this often: each write to each client costs
// ~10 µs in Next's response stream whatever its size, so 200 clients × 1,000 events/s would
// otherwise spend two CPU seconds per second. A lone event still goes out at once.
export const FLUSH_INTERVAL_MS = 10;

export interface ChannelHooks {
  onStatus?: (groupId: string, status: unknown) => void;
  onRunState?: (groupId: string, event: unknown) => void;
}

export interface ChannelOptions {
  groupId: string;
  first: UpstreamStream;
  /** Aborts the first response and every reconnect. */
  abort: AbortController;
  reopen: (lastEventId: string | null, signal: AbortSignal) => Promise<UpstreamStream>;
  heartbeatMs: number;
  hooks: ChannelHooks;
  /**
   * Called once the upstream stream is over; `servable` when it ended with the group's final status
   * and the log still holds all of it (not when it ended with the gateway's own error event).
   */
  onEnd: (servable: boolean) => void;
  onIdle: () => void;
}

export type JoinMode = "replay" | "live";

/** What the log keeps of an event: its bytes, to send again, and its cursor; not its decoded data. */
interface LoggedEvent {
  bytes: Uint8Array;
  eventId: string | null;
  /** Decides whether live-feed watchers get an `id:` line before `bytes` (runEventIdLine). */
  type: string;
}

/** The events' bytes in one buffer; with their `id:` lines for the console's live feed, untouched for the relayed API. */
function joinBytes(events: LoggedEvent[], withIdLines: boolean): Buffer {
  return Buffer.concat(
    withIdLines
      ? events.flatMap((e) => {
          // Built only when a live-feed watcher is sent the event, so a relay-only channel pays nothing per event.
          const idLine = runEventIdLine(e.type, e.eventId);
          return idLine ? [idLine, e.bytes] : [e.bytes];
        })
      : events.map((e) => e.bytes),
  );
}

/**
 * One upstream events connection for a group, shared by every watcher. Watchers that resume from an
 * event in the log, or that join fresh while the log still holds the whole stream, are served from it.
 */
export class GroupChannel {
  private log: LoggedEvent[] = [];
  private logChars = 0;
  private logComplete = true;
  private latestStatus: LoggedEvent | null = null;
  private latestStatusIsFinal = false;
  private readonly watchers = new Set<EventWatcher>();
  /** Live watchers resuming after an event this channel has not read yet: each joins once its cursor goes by. */
  private readonly awaitingCursor = new Map<EventWatcher, string>();
  private ended = false;
  /** Events logged but not yet sent to watchers: chunks that arrive in one turn go out as one write. */
  private unsent: LoggedEvent[] = [];
  private flushScheduled = false;
  private lastFlushMs = 0;

  constructor(private readonly options: ChannelOptions) {
    void this.pump();
  }

  get watcherCount(): number {
    return this.watchers.size + this.awaitingCursor.size;
  }

  get hasEnded(): boolean {
    return this.ended;
  }

  /** Bytes of SSE events the log holds. */
  get logSize(): number {
    return this.logChars;
  }

  /** A new watcher's stream, or null when the log cannot serve it (the caller opens its own upstream). */
  join(mode: JoinMode, lastEventId: string | null, timeoutMs: number | null): ReadableStream<Uint8Array> | null {
    // The backlog comes from the log, which already holds the unsent events: send those first, or this watcher gets them twice.
    this.flush();
    let backlog: LoggedEvent[];
    if (lastEventId !== null) {
      const at = this.log.findLastIndex((e) => e.eventId === lastEventId);
      if (at === -1 && !this.cursorMayStillCome(mode)) return null;
      backlog = at === -1 ? [] : this.log.slice(at + 1);
    } else if (mode === "replay") {
      if (!this.logComplete) return null;
      backlog = this.log.slice();
    } else {
      backlog = this.latestStatus ? [this.latestStatus] : [];
    }
    const watcher = new EventWatcher({
      heartbeatMs: this.options.heartbeatMs,
      timeoutMs,
      withIdLines: mode === "live",
      onGone: (w) => this.leave(w),
    });
    if (backlog.length > 0) watcher.sendBytes(joinBytes(backlog, watcher.withIdLines));
    if (this.ended) watcher.close();
    else if (lastEventId !== null && !this.log.some((e) => e.eventId === lastEventId)) this.awaitingCursor.set(watcher, lastEventId);
    else this.watchers.add(watcher);
    return watcher.body;
  }

  /**
   * A freshly opened channel reads the stream from its beginning, so a live watcher resuming after
   * an event another instance sent it (a handoff) would find its cursor missing only because the
   * replay has not reached it yet.
   */
  private cursorMayStillCome(mode: JoinMode): boolean {
    return mode === "live" && this.logComplete && !this.ended;
  }

  close(): void {
    this.options.abort.abort();
  }

  /** Closes the upstream connection and frees the log: the hub has forgotten this channel. */
  dispose(): void {
    this.close();
    this.log = [];
    this.logChars = 0;
    this.logComplete = false;
    this.latestStatus = null;
    this.unsent = [];
  }

  private leave(watcher: EventWatcher): void {
    this.watchers.delete(watcher);
    this.awaitingCursor.delete(watcher);
    if (this.watcherCount === 0 && !this.ended) this.options.onIdle();
  }

  private async pump(): Promise<void> {
    const frames = resumableFrames(this.options.first, {
      reopen: this.options.reopen,
      initialLastEventId: null,
      signal: this.options.abort.signal,
      isNormalEnd: (last) => isFinalStatus(last?.lastData),
    });
    try {
      for await (const chunk of frames) this.dispatch(chunk.events());
    } catch {
      // aborted: the channel was closed
    }
    this.flush();
    this.ended = true;
    for (const watcher of [...this.watchers, ...this.awaitingCursor.keys()]) watcher.close();
    this.awaitingCursor.clear();
    this.options.onEnd(this.logComplete && !this.options.abort.signal.aborted && this.endedWithFinalStatus());
  }

  private endedWithFinalStatus(): boolean {
    const last = this.log.at(-1);
    if (!last || last !== this.latestStatus) return false;
    return this.latestStatusIsFinal;
  }

  private runHooks(event: SseEvent): void {
    const { hooks, groupId } = this.options;
    try {
      if (event.type === "task_group_status") hooks.onStatus?.(groupId, (event.json as { status: unknown }).status);
      else if (event.type === "task_run.state") hooks.onRunState?.(groupId, event.json);
    } catch (error) {
      console.error(`events hub: a hook failed for ${groupId}:`, error);
    }
  }

  private dispatch(events: SseEvent[]): void {
    if (events.length === 0) return;
    for (const event of events) {
      const logged: LoggedEvent = { bytes: event.bytes, eventId: event.eventId, type: event.type };
      this.log.push(logged);
      this.logChars += event.bytes.byteLength;
      this.unsent.push(logged);
      if (event.type === "task_group_status") {
        this.latestStatus = logged;
        this.latestStatusIsFinal = isFinalStatus(event.json);
      }
      this.runHooks(event);
    }
    if (this.log.length > LOG_CAP_EVENTS * 1.25 || this.logChars > LOG_CAP_CHARS) this.trimLog();
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      const wait = this.lastFlushMs + FLUSH_INTERVAL_MS - performance.now();
      if (wait <= 0) setImmediate(() => this.flush());
      else setTimeout(() => this.flush(), wait);
    }
  }

  /** Drops the oldest events, so that the log is back under both caps with room to grow. */
  private trimLog(): void {
    let drop = Math.max(0, this.log.length - LOG_CAP_EVENTS);
    let chars = this.logChars;
    for (let i = 0; i < drop; i++) chars -= this.log[i].bytes.byteLength;
    while (drop < this.log.length && chars > LOG_CAP_CHARS * 0.8) chars -= this.log[drop++].bytes.byteLength;
    this.log.splice(0, drop);
    this.logChars = chars;
    this.logComplete = false;
  }

  /** Joins the unsent events' bytes once and hands the same bytes to every watcher. */
  private flush(): void {
    this.flushScheduled = false;
    if (this.unsent.length === 0) return;
    this.lastFlushMs = performance.now();
    const unsent = this.unsent;
    this.unsent = [];
    const bytes = { plain: null as Buffer | null, withIdLines: null as Buffer | null };
    for (const watcher of this.watchers) {
      if (watcher.withIdLines) watcher.sendBytes((bytes.withIdLines ??= joinBytes(unsent, true)));
      else watcher.sendBytes((bytes.plain ??= joinBytes(unsent, false)));
    }
    for (const [watcher, cursor] of this.awaitingCursor) {
      const at = unsent.findIndex((e) => e.eventId === cursor);
      if (at === -1) continue;
      if (at + 1 < unsent.length) watcher.sendBytes(joinBytes(unsent.slice(at + 1), watcher.withIdLines));
      this.awaitingCursor.delete(watcher);
      this.watchers.add(watcher);
    }
  }
}
