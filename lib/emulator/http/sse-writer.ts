import type { ServerResponse } from "node:http";

export interface SseWriterOptions {
  heartbeatMs: number;
  /** When above 0, the connection is destroyed (no clean end) once this many events were written. */
  dropAfterEvents: number;
}

/**
 * Writes Server-Sent Events: `event:` and `data:` lines, `: ping` comments when idle, backpressure
 * respected (await `write`), and an abrupt cut after N events when the drop fault is on.
 */
export class SseWriter {
  private lastWriteMs = Date.now();
  private eventsWritten = 0;
  private heartbeat: NodeJS.Timeout;
  private closed = false;
  private readonly closeListeners = new Set<() => void>();

  constructor(
    private readonly res: ServerResponse,
    private readonly options: SseWriterOptions,
  ) {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.flushHeaders();
    res.on("close", () => this.markClosed());
    this.heartbeat = setInterval(
      () => {
        if (Date.now() - this.lastWriteMs >= options.heartbeatMs) void this.raw(": ping\n\n");
      },
      Math.max(5, Math.floor(options.heartbeatMs / 2)),
    );
  }

  get isClosed(): boolean {
    return this.closed;
  }

  onClose(listener: () => void): () => void {
    if (this.closed) queueMicrotask(listener);
    else this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /** Writes events; resolves false once the client is gone (or the drop fault cut the connection). */
  send(events: Array<{ type: string }>): Promise<boolean> {
    return this.sendSerialized(events.map((e) => ({ type: e.type, json: JSON.stringify(e) })));
  }

  /** Writes events whose `data` JSON the caller built already. */
  async sendSerialized(events: Array<{ type: string; json: string }>): Promise<boolean> {
    if (this.closed) return false;
    const drop = this.options.dropAfterEvents;
    let batch = events;
    let cutAfter = false;
    if (drop > 0 && this.eventsWritten + events.length >= drop) {
      batch = events.slice(0, drop - this.eventsWritten);
      cutAfter = true;
    }
    let text = "";
    for (const e of batch) text += `event: ${e.type}\ndata: ${e.json}\n\n`;
    this.eventsWritten += batch.length;
    const ok = await this.raw(text);
    if (cutAfter) {
      this.res.socket?.destroy();
      this.markClosed();
      return false;
    }
    return ok;
  }

  end(): void {
    if (this.closed) return;
    this.res.end();
    this.markClosed();
  }

  private raw(text: string): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (text === "") return Promise.resolve(true);
    this.lastWriteMs = Date.now();
    return new Promise((resolve) => {
      const done = () => {
        stopListening();
        resolve(!this.closed);
      };
      const stopListening = this.onClose(done);
      this.res.write(text, done);
    });
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    const listeners = [...this.closeListeners];
    this.closeListeners.clear();
    for (const listener of listeners) listener();
  }
}
