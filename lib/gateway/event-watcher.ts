import type { HubEvent } from "./split-frames";

// A client that reads slower than events arrive is cut off once this much is queued for it; its
// EventSource reconnects with Last-Event-ID and resumes, instead of the server buffering without end.
export const MAX_QUEUED_BYTES = 8 * 1024 * 1024;

const PING = new TextEncoder().encode(": ping\n\n");

/** One client of a group's shared events stream. */
export class EventWatcher {
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  private readonly encoder = new TextEncoder();
  private heartbeat: NodeJS.Timeout | undefined;
  private deadline: NodeJS.Timeout | undefined;
  private lastWriteMs = Date.now();
  private closed = false;
  private readonly onGone: (w: EventWatcher) => void;
  readonly body: ReadableStream<Uint8Array>;

  constructor(options: { heartbeatMs: number; timeoutMs: number | null; onGone: (w: EventWatcher) => void }) {
    this.onGone = options.onGone;
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
          this.heartbeat = setInterval(() => {
            if (Date.now() - this.lastWriteMs >= options.heartbeatMs) this.write(PING);
          }, Math.max(10, Math.floor(options.heartbeatMs / 2)));
          if (options.timeoutMs !== null) this.deadline = setTimeout(() => this.close(), options.timeoutMs);
        },
        cancel: () => {
          this.dispose();
          this.onGone(this);
        },
      },
      { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
    );
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(events: HubEvent[]): void {
    if (events.length === 0) return;
    let text = "";
    for (const e of events) text += e.text;
    this.write(this.encoder.encode(text));
  }

  /** Bytes shared with other watchers: never modified after this. */
  sendBytes(bytes: Uint8Array): void {
    this.write(bytes);
  }

  close(): void {
    if (this.closed) return;
    try {
      this.controller?.close();
    } catch {
      // already closed by the reader
    }
    this.dispose();
    this.onGone(this);
  }

  private write(bytes: Uint8Array): void {
    if (this.closed || !this.controller) return;
    this.lastWriteMs = Date.now();
    try {
      this.controller.enqueue(bytes);
    } catch {
      this.close();
      return;
    }
    if ((this.controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) this.close();
  }

  private dispose(): void {
    this.closed = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.deadline);
  }
}
