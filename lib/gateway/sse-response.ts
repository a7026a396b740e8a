import type { FrameChunk } from "./sse-frame-buffer";

export const HEARTBEAT_INTERVAL_MS = 15_000;

// `no-transform` keeps Next from gzipping the stream, which would hold events back in the compressor.
export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
} as const;

/** An SSE response fed by whole-event chunks, with `: ping` comments while the source is idle. */
export function sseResponse(chunks: AsyncGenerator<FrameChunk>, heartbeatMs = HEARTBEAT_INTERVAL_MS): Response {
  const encoder = new TextEncoder();
  let lastWriteMs = Date.now();
  let heartbeat: NodeJS.Timeout | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      heartbeat = setInterval(() => {
        if (Date.now() - lastWriteMs < heartbeatMs) return;
        lastWriteMs = Date.now();
        try {
          controller.enqueue(encoder.encode(": ping\n\n"));
        } catch {
          clearInterval(heartbeat);
        }
      }, Math.max(10, Math.floor(heartbeatMs / 2)));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) {
        clearInterval(heartbeat);
        controller.close();
        return;
      }
      lastWriteMs = Date.now();
      for (const part of next.value.parts) if (part.byteLength > 0) controller.enqueue(part);
    },
    async cancel() {
      clearInterval(heartbeat);
      await chunks.return(undefined);
    },
  });
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}
