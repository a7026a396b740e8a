// The one reconnect policy of the browser's live streams. A dropped connection is resumed by the
// browser itself (with Last-Event-ID); a stream that cannot be resumed (an error status, or the
// server's own `error` event) is opened again after this backoff, doubled up to its cap and reset
// once an event arrives.
export const RECONNECT_INITIAL_MS = 1_000;
export const RECONNECT_MAX_MS = 30_000;

// EventSource.CLOSED, spelled out so this module also loads where EventSource is not defined.
const CLOSED = 2;

export type EventSourceConnection = "idle" | "connecting" | "open" | "reconnecting" | "closed";

export interface EventStream {
  /** Ends the stream for good: no reconnect. */
  close(): void;
}

export interface EventSourceHandlers {
  /** One listener per SSE event type, given the event's data. */
  events: Record<string, (data: string) => void>;
  onOpen?: () => void;
  /** The server's own `error` event, with its data: "retry" opens the stream again after the backoff, "close" ends it. */
  onServerError: (data: string) => "retry" | "close";
  /**
   * The first event after the stream was opened again by this policy (not resumed by the browser):
   * the new stream does not carry what happened in between, so the caller re-reads it.
   */
  onResumedAfterGap?: () => void;
  /** The stream was stopped by its owner (unmount, or another URL). */
  onStop?: () => void;
}

/** What this module needs of an EventSource. */
export interface EventSourceLike {
  readonly readyState: number;
  close(): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
}

export interface OpenEventStreamOptions {
  onConnection: (update: (previous: EventSourceConnection) => EventSourceConnection) => void;
  createEventSource?: (url: string) => EventSourceLike;
  /** Asked after a hard failure before retrying: true when the stream must stop (nobody is signed in any more). */
  stopsForGood?: () => Promise<boolean>;
}

/** Opens `url` with the policy above; `subscribe` gives the handlers of this stream. Returns its stop. */
export function openEventStream(
  url: string,
  subscribe: (stream: EventStream) => EventSourceHandlers,
  options: OpenEventStreamOptions,
): () => void {
  const { onConnection } = options;
  const createEventSource = options.createEventSource ?? ((u: string) => new EventSource(u));
  let source: EventSourceLike | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let backoffMs = RECONNECT_INITIAL_MS;
  let stopped = false;
  let gap = false;
  const halt = () => {
    stopped = true;
    source?.close();
    if (reconnectTimer) clearTimeout(reconnectTimer);
  };
  const handlers = subscribe({
    close: () => {
      halt();
      onConnection(() => "closed");
    },
  });

  const retryLater = (es: EventSourceLike) => {
    es.close();
    onConnection(() => "reconnecting");
    gap = true;
    if (reconnectTimer) clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(connect, backoffMs);
    backoffMs = Math.min(backoffMs * 2, RECONNECT_MAX_MS);
  };

  function connect() {
    if (stopped) return;
    onConnection((c) => (c === "idle" || c === "closed" ? "connecting" : "reconnecting"));
    const es = createEventSource(url);
    source = es;
    es.addEventListener("open", () => {
      onConnection(() => "open");
      handlers.onOpen?.();
    });
    for (const [type, listener] of Object.entries(handlers.events)) {
      es.addEventListener(type, (message) => {
        if (stopped) return;
        backoffMs = RECONNECT_INITIAL_MS;
        if (gap) {
          gap = false;
          handlers.onResumedAfterGap?.();
        }
        listener(String((message as MessageEvent).data));
      });
    }
    es.addEventListener("error", (event) => {
      if (stopped) return;
      // Both the connection's failures and the server's `error` events arrive under this name.
      if (event instanceof MessageEvent) {
        if (handlers.onServerError(String(event.data)) === "retry") retryLater(es);
        else {
          halt();
          onConnection(() => "closed");
        }
        return;
      }
      // CONNECTING: the stream ended or dropped and the browser retries with Last-Event-ID itself.
      if (es.readyState !== CLOSED) {
        onConnection(() => "reconnecting");
        return;
      }
      // CLOSED: a hard failure (an error status, not an event stream), such as a 401 once the session ended.
      retryLater(es);
      void options.stopsForGood?.().then((stop) => {
        if (!stop) return;
        halt();
        onConnection(() => "closed");
      });
    });
  }

  connect();
  return () => {
    halt();
    handlers.onStop?.();
  };
}
