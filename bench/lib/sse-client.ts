import { request } from "node:http";

// A lean SSE reader on node:http, so the reading client is never what limits a measured stream:
// it counts events without parsing them (a `data:` line starts each one) and can read at a fixed rate.

const DATA_LINE = Buffer.from("\ndata:");

export interface SseReadOptions {
  headers?: Record<string, string>;
  /** Read no faster than this (the socket is paused between reads, so the server sees backpressure). */
  bytesPerSecond?: number;
  /** The read fails after this long: every benchmark loop is bounded in time. */
  timeLimitMs: number;
  /** Stop reading after this long and resolve with what was read (`complete: false`). */
  stopAfterMs?: number;
  /** Every chunk as it arrives, with the time it arrived (performance.now()). */
  onChunk?: (chunk: Buffer, atMs: number) => void;
  /** Called once the response headers are in. */
  onOpen?: () => void;
}

export interface SseReadResult {
  status: number;
  events: number;
  bytes: number;
  /** From sending the request to the end of the body (or to `stopAfterMs`). */
  elapsedMs: number;
  /** False when the read was stopped by `stopAfterMs` before the stream ended. */
  complete: boolean;
  firstByteMs: number;
}

export function readSse(url: string, options: SseReadOptions): Promise<SseReadResult> {
  return new Promise((resolve, reject) => {
    const startMs = performance.now();
    let firstByteMs = Number.NaN;
    const events = new DataLineCounter();
    let bytes = 0;
    let settled = false;
    const finish = (error: Error | null, result?: SseReadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(stopTimer);
      if (error) {
        req.destroy();
        reject(error);
      } else {
        if (!result!.complete) req.destroy();
        resolve(result!);
      }
    };
    const timer = setTimeout(
      () => finish(new Error(`SSE read of ${url} exceeded ${options.timeLimitMs} ms (${events.count} events so far)`)),
      options.timeLimitMs,
    );
    let status = 0;
    const result = (complete: boolean): SseReadResult => ({
      status,
      events: events.count,
      bytes,
      elapsedMs: performance.now() - startMs,
      firstByteMs,
      complete,
    });
    const stopTimer = options.stopAfterMs === undefined ? undefined : setTimeout(() => finish(null, result(false)), options.stopAfterMs);

    const req = request(url, { headers: { accept: "text/event-stream", ...options.headers }, agent: false }, (res) => {
      status = res.statusCode ?? 0;
      options.onOpen?.();
      res.on("data", (chunk: Buffer) => {
        const now = performance.now();
        if (Number.isNaN(firstByteMs)) firstByteMs = now - startMs;
        bytes += chunk.length;
        options.onChunk?.(chunk, now);
        events.push(chunk);
        if (options.bytesPerSecond) {
          const dueMs = (bytes / options.bytesPerSecond) * 1_000;
          const aheadMs = dueMs - (now - startMs);
          if (aheadMs > 1) {
            res.pause();
            setTimeout(() => res.resume(), aheadMs);
          }
        }
      });
      res.on("end", () => finish(null, result(true)));
      res.on("error", (error) => finish(error));
    });
    req.on("error", (error) => finish(error));
    req.end();
  });
}

/** Counts `\ndata:` lines (one per event) in a byte stream, including one cut between two chunks. */
export class DataLineCounter {
  count = 0;
  private carry = Buffer.alloc(0);

  push(chunk: Buffer): void {
    if (this.carry.length > 0) {
      const seam = Buffer.concat([this.carry, chunk.subarray(0, DATA_LINE.length - 1)]);
      const at = seam.indexOf(DATA_LINE);
      if (at !== -1 && at < this.carry.length) this.count++;
    }
    for (let at = chunk.indexOf(DATA_LINE); at !== -1; at = chunk.indexOf(DATA_LINE, at + DATA_LINE.length)) this.count++;
    // Keep the last bytes: the start of a `\ndata:` that the next chunk completes.
    const tail = chunk.length >= DATA_LINE.length - 1 ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = Buffer.from(tail.subarray(Math.max(0, tail.length - (DATA_LINE.length - 1))));
  }
}
