import { registerEndableStream } from "./end-stream-when";
import { EndedSignal } from "./ended-signal";
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
  const signal = new EndedSignal();
  signal.onEnded(() => heartbeat?.stop());
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
        if (signal.end()) c.error(error);
        return;
      }
      if (signal.ended) return;
      if (next.done) {
        signal.end();
        c.close();
        return;
      }
      heartbeat?.wrote();
      for (const part of next.value.parts) if (part.byteLength > 0) c.enqueue(part);
    },
    async cancel() {
      signal.end();
      await chunks.return(undefined);
    },
  });
  registerEndableStream(body, {
    end(farewell) {
      if (!signal.end()) return;
      void chunks.return(undefined).catch(() => undefined);
      if (farewell) controller.enqueue(new TextEncoder().encode(farewell));
      controller.close();
    },
    onEnded: (listener) => signal.onEnded(listener),
  });
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}
