import { endStreamWhen } from "../sse/end-stream-when";

// Every SSE answer the console sends, so that a shutdown can end them all with a reconnect hint and
// the metrics can count them. On globalThis: each route handler is bundled separately.

/** How soon a browser's EventSource reconnects (to another instance) after a shutdown ends its stream. */
export const SHUTDOWN_RETRY_HINT_MS = 1_000;
// The rule's own clock is not needed (ending is signalled), so it ticks rarely.
const RECHECK_INTERVAL_MS = 60_000;

interface LiveStreams {
  open: Set<() => void>;
  /** Set once the streams must end: the `retry:` sent last. */
  retryHintMs: number | null;
}

const globalForStreams = globalThis as typeof globalThis & { __consoleLiveStreams?: LiveStreams };
const streams = (globalForStreams.__consoleLiveStreams ??= { open: new Set(), retryHintMs: null });

/** The response, counted while its SSE stream is open and ended with a retry hint at shutdown; other answers pass through. */
export function trackLiveStream(response: Response): Response {
  return endStreamWhen(response, {
    subscribe(recheck) {
      streams.open.add(recheck);
      // A stream opened while shutting down ends at once, sending its client elsewhere.
      if (streams.retryHintMs !== null) recheck();
      return () => streams.open.delete(recheck);
    },
    shouldEnd: () => Promise.resolve(streams.retryHintMs !== null),
    recheckIntervalMs: RECHECK_INTERVAL_MS,
    get farewell() {
      return `retry: ${streams.retryHintMs ?? SHUTDOWN_RETRY_HINT_MS}\n\n`;
    },
  });
}

export function openLiveStreams(): number {
  return streams.open.size;
}

/** Ends every open SSE stream (and any opened later) with `retry: <retryHintMs>`; resolves once they are closed. */
export async function endLiveStreams(retryHintMs = SHUTDOWN_RETRY_HINT_MS): Promise<void> {
  streams.retryHintMs = retryHintMs;
  for (const recheck of [...streams.open]) recheck();
  // shouldEnd answers in a microtask; each stream closes and leaves the set as it ends.
  while (streams.open.size > 0) await new Promise((resolve) => setImmediate(resolve));
}
