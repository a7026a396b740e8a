// Test-only: a live SSE answer that never ends on its own (an events stream of an active group).

/** Sends `firstFrame`, then stays open; `cancelled` settles when a reader cancels the body. */
export function endlessStream(firstFrame: string): { response: Response; cancelled: Promise<void> } {
  let markCancelled!: () => void;
  const cancelled = new Promise<void>((resolve) => (markCancelled = resolve));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(firstFrame));
    },
    cancel() {
      markCancelled();
    },
  });
  return { response: new Response(body, { headers: { "content-type": "text/event-stream" } }), cancelled };
}
