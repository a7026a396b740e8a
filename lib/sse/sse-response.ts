import type { FrameChunk } from "./sse-frame-buffer";
import { Heartbeat, HEARTBEAT_INTERVAL_MS, PING_BYTES } from "./heartbeat";

// `no-transform` keeps Next from gzipping the stream, which would hold events back in the compressor.
export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
} as const;

/** An SSE response fed by whole-event chunks, with `: ping` comments while the source is idle. */
export function sseResponse(chunks: AsyncGenerator<FrameChunk>, heartbeatMs = HEARTBEAT_INTERVAL_MS): Response {
  let heartbeat: Heartbeat | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      heartbeat = new Heartbeat(heartbeatMs, () => {
        try {
          controller.enqueue(PING_BYTES);
        } catch {
          heartbeat?.stop();
        }
      });
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) {
        heartbeat?.stop();
        controller.close();
        return;
      }
      heartbeat?.wrote();
      for (const part of next.value.parts) if (part.byteLength > 0) controller.enqueue(part);
    },
    async cancel() {
      heartbeat?.stop();
      await chunks.return(undefined);
    },
  });
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}
