import { registerEndableStream } from "./end-stream-when";
import type { FrameChunk } from "./sse-frame-buffer";
import { Heartbeat, HEARTBEAT_INTERVAL_MS, PING_BYTES } from "./heartbeat";

// `no-transform` keeps Next from gzipping the stream, which would hold events back in the compressor.
export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
} as const;

/**
 * An SSE response fed by whole-event chunks, with `: ping` comments while the source is idle. It
 * can be ended from outside (endStreamWhen) without a relay of its own.
 */
export function sseResponse(chunks: AsyncGenerator<FrameChunk>, heartbeatMs = HEARTBEAT_INTERVAL_MS): Response {
  let heartbeat: Heartbeat | undefined;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let ended = false;
  const endedListeners: (() => void)[] = [];
  /** Marks the stream ended and tells the listeners; false when it already was. */
  const finish = (): boolean => {
    if (ended) return false;
    ended = true;
    heartbeat?.stop();
    for (const listener of endedListeners.splice(0)) listener();
    return true;
  };
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      heartbeat = new Heartbeat(heartbeatMs, () => {
        try {
          c.enqueue(PING_BYTES);
        } catch {
          heartbeat?.stop();
        }
      });
    },
    async pull(c) {
      let next: IteratorResult<FrameChunk>;
      try {
        next = await chunks.next();
      } catch (error) {
        if (finish()) c.error(error);
        return;
      }
      if (ended) return;
      if (next.done) {
        finish();
        c.close();
        return;
      }
      heartbeat?.wrote();
      for (const part of next.value.parts) if (part.byteLength > 0) c.enqueue(part);
    },
    async cancel() {
      finish();
      await chunks.return(undefined);
    },
  });
  registerEndableStream(body, {
    end(farewell) {
      if (!finish()) return;
      void chunks.return(undefined).catch(() => undefined);
      if (farewell) controller.enqueue(new TextEncoder().encode(farewell));
      controller.close();
    },
    onEnded(listener) {
      if (ended) listener();
      else endedListeners.push(listener);
    },
  });
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}
