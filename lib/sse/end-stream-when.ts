import { EndedSignal } from "./ended-signal";

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

/** A live stream that can be ended from outside. */
export interface EndableStream {
  /** Sends `farewell` (when given), closes the stream and stops its source; nothing once ended. */
  end(farewell?: string): void;
  /** Calls `listener` once the stream has ended, whoever ended it (at once if it already has). */
  onEnded(listener: () => void): void;
}

// Streams that endStreamWhen can end without relaying them through a stream of its own. Each relay
// is a read and an enqueue per chunk per client: with a session rule and the shutdown rule on every
// SSE answer, two relays took next-server's CPU per event delivered from about 9 to 15 µs (B4).
const endableStreams = new WeakMap<ReadableStream<Uint8Array>, EndableStream>();

/** Lets endStreamWhen end `stream` itself (the events hub's watchers do) instead of relaying it. */
export function registerEndableStream(stream: ReadableStream<Uint8Array>, endable: EndableStream): void {
  endableStreams.set(stream, endable);
}

/**
 * Ends an SSE answer once `rule` says it must, stopping its source; other answers pass through. The
 * one way a live stream ends with its member's session, its share link or the server's shutdown.
 * However many rules apply, the stream is relayed at most once: by the first, and not at all when
 * its source can end itself.
 */
export function endStreamWhen(response: Response, rule: StreamEndRule): Response {
  const body = response.body;
  if (!body || !response.headers.get("content-type")?.startsWith("text/event-stream")) return response;
  const known = endableStreams.get(body);
  if (known) {
    watchRule(known, rule);
    return response;
  }
  const relay = endableRelay(body);
  watchRule(relay.endable, rule);
  return new Response(relay.stream, { status: response.status, statusText: response.statusText, headers: response.headers });
}

function watchRule(stream: EndableStream, rule: StreamEndRule): void {
  const recheck = () => {
    void rule.shouldEnd().then(
      (must) => {
        if (must) stream.end(rule.farewell);
      },
      () => undefined,
    );
  };
  const unsubscribe = rule.subscribe(recheck);
  const interval = setInterval(recheck, rule.recheckIntervalMs);
  interval.unref?.();
  stream.onEnded(() => {
    unsubscribe();
    clearInterval(interval);
  });
}

/** Relays `source` chunk by chunk through a stream that can be ended from outside. */
function endableRelay(source: ReadableStream<Uint8Array>): { stream: ReadableStream<Uint8Array>; endable: EndableStream } {
  const reader = source.getReader();
  const signal = new EndedSignal();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    async pull(c) {
      try {
        const { done, value } = await reader.read();
        if (signal.ended) return;
        if (!done) return c.enqueue(value);
        signal.end();
        c.close();
      } catch (error) {
        if (signal.end()) c.error(error);
      }
    },
    cancel(reason) {
      signal.end();
      return reader.cancel(reason);
    },
  });
  const endable: EndableStream = {
    end(farewell) {
      if (!signal.end()) return;
      void reader.cancel().catch(() => undefined);
      if (farewell) controller.enqueue(new TextEncoder().encode(farewell));
      controller.close();
    },
    onEnded: (listener) => signal.onEnded(listener),
  };
  registerEndableStream(stream, endable);
  return { stream, endable };
}
