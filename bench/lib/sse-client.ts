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
  /** Every chunk as it arrives, with the time it arrived (performance.now()). */
  onChunk?: (chunk: Buffer, atMs: number) => void;
  /** Called once the response headers are in. */
  onOpen?: () => void;
  signal?: AbortSignal;
}

export interface SseReadResult {
  status: number;
  events: number;
  bytes: number;
  /** From sending the request to the end of the body. */
  elapsedMs: number;
  firstByteMs: number;
}

export function readSse(url: string, options: SseReadOptions): Promise<SseReadResult> {
  return new Promise((resolve, reject) => {
    const startMs = performance.now();
    let firstByteMs = Number.NaN;
    let events = 0;
    let bytes = 0;
    let carry = Buffer.alloc(0);
    let settled = false;
    const finish = (error: Error | null, result?: SseReadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(result!);
    };
    const timer = setTimeout(() => finish(new Error(`SSE read of ${url} exceeded ${options.timeLimitMs} ms (${events} events so far)`)), options.timeLimitMs);
    const onAbort = () => finish(new Error(`SSE read of ${url} aborted`));
    options.signal?.addEventListener("abort", onAbort, { once: true });

    const req = request(url, { headers: { accept: "text/event-stream", ...options.headers }, agent: false }, (res) => {
      options.onOpen?.();
      res.on("data", (chunk: Buffer) => {
        const now = performance.now();
        if (Number.isNaN(firstByteMs)) firstByteMs = now - startMs;
        bytes += chunk.length;
        options.onChunk?.(chunk, now);
        events += countDataLines(carry, chunk);
        const tail = chunk.length >= DATA_LINE.length - 1 ? chunk : Buffer.concat([carry, chunk]);
        carry = Buffer.from(tail.subarray(Math.max(0, tail.length - (DATA_LINE.length - 1))));
        if (options.bytesPerSecond) {
          const dueMs = (bytes / options.bytesPerSecond) * 1_000;
          const aheadMs = dueMs - (now - startMs);
          if (aheadMs > 1) {
            res.pause();
            setTimeout(() => res.resume(), aheadMs);
          }
        }
      });
      res.on("end", () =>
        finish(null, { status: res.statusCode ?? 0, events, bytes, elapsedMs: performance.now() - startMs, firstByteMs }),
      );
      res.on("error", (error) => finish(error));
    });
    req.on("error", (error) => finish(error));
    req.end();
  });
}

/** `\ndata:` lines in `chunk`, including one that starts in the last bytes of the previous chunk (`carry`). */
export function countDataLines(carry: Buffer, chunk: Buffer): number {
  let count = 0;
  if (carry.length > 0) {
    const seam = Buffer.concat([carry, chunk.subarray(0, DATA_LINE.length - 1)]);
    const at = seam.indexOf(DATA_LINE);
    if (at !== -1 && at < carry.length) count++;
  }
  for (let at = chunk.indexOf(DATA_LINE); at !== -1; at = chunk.indexOf(DATA_LINE, at + DATA_LINE.length)) count++;
  return count;
}
