import { registerEndableStream } from "../sse/end-stream-when";
import { EndedSignal } from "../sse/ended-signal";
import { Heartbeat, PING_BYTES } from "../sse/heartbeat";

// A client that reads slower than events arrive is cut off once this much is queued for it; its
// EventSource reconnects with Last-Event-ID and resumes, instead of the server buffering without end.
export const MAX_QUEUED_BYTES = 8 * 1024 * 1024;

/** One client of a group's shared events stream. */
export class EventWatcher {
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  private heartbeat: Heartbeat | undefined;
  private deadline: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly ended = new EndedSignal();
  private readonly onGone: (w: EventWatcher) => void;
  /** A browser's live feed: run events carry `id:` lines (the relayed API is passed on byte for byte). */
  readonly withIdLines: boolean;
  readonly body: ReadableStream<Uint8Array>;

  constructor(options: { heartbeatMs: number; timeoutMs: number | null; withIdLines: boolean; onGone: (w: EventWatcher) => void }) {
    this.onGone = options.onGone;
    this.withIdLines = options.withIdLines;
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
          this.heartbeat = new Heartbeat(options.heartbeatMs, () => this.write(PING_BYTES));
          if (options.timeoutMs !== null) this.deadline = setTimeout(() => this.close(), options.timeoutMs);
        },
        cancel: () => {
          this.dispose();
          this.onGone(this);
        },
      },
      { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
    );
    // A session, share link or shutdown that ends this client closes the watcher itself, so its
    // events are not relayed through one more stream per rule.
    registerEndableStream(this.body, {
      end: (farewell) => {
        if (this.closed) return;
        if (farewell) this.write(new TextEncoder().encode(farewell));
        this.close();
      },
      onEnded: (listener) => this.ended.onEnded(listener),
    });
  }

  get isClosed(): boolean {
    return this.closed;
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
    this.heartbeat?.wrote();
    try {
      this.controller.enqueue(bytes);
    } catch {
      this.close();
      return;
    }
    if ((this.controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) this.close();
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.heartbeat?.stop();
    clearTimeout(this.deadline);
    this.ended.end();
  }
}
