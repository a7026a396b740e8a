/** When a live stream must end, and how it learns of it. */
export interface StreamEndRule {
  /** Subscribes `recheck` to this process's signal (a sign-out, a revocation); returns the unsubscribe. */
  subscribe(recheck: () => void): () => void;
  /** Whether the stream must end now; a rejection leaves it open (a database hiccup is no reason). */
  shouldEnd(): Promise<boolean>;
  /** Another instance's change is not signalled here: the rule is also asked this often. */
  recheckIntervalMs: number;
  /** Sent last before the stream closes, to say why (an SSE event); nothing when absent. */
  farewell?: string;
}

/**
 * Relays an SSE answer until `rule` says it must end, then stops its source and closes it; other
 * answers pass through. The one way a live stream ends with its member's session or its share link.
 */
export function endStreamWhen(response: Response, rule: StreamEndRule): Response {
  const body = response.body;
  if (!body || !response.headers.get("content-type")?.startsWith("text/event-stream")) return response;
  const reader = body.getReader();
  let stop: (() => void) | undefined;
  let ended = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const end = () => {
        if (ended) return;
        ended = true;
        stop?.();
        void reader.cancel().catch(() => undefined);
        if (rule.farewell) controller.enqueue(new TextEncoder().encode(rule.farewell));
        controller.close();
      };
      const recheck = () => {
        void rule.shouldEnd().then(
          (must) => {
            if (must) end();
          },
          () => undefined,
        );
      };
      const unsubscribe = rule.subscribe(recheck);
      const interval = setInterval(recheck, rule.recheckIntervalMs);
      interval.unref?.();
      stop = () => {
        unsubscribe();
        clearInterval(interval);
      };
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (ended) return;
        if (done) {
          ended = true;
          stop?.();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        if (ended) return;
        ended = true;
        stop?.();
        controller.error(error);
      }
    },
    cancel(reason) {
      ended = true;
      stop?.();
      return reader.cancel(reason);
    },
  });
  return new Response(stream, { status: response.status, statusText: response.statusText, headers: response.headers });
}
