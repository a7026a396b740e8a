import { monitorEventLoopDelay } from "node:perf_hooks";
import { EventIdScanner } from "./event-ids";
import { readSse } from "./sse-client";

// The readers of an events fan-out figure (B4, B8), all in the calling process: clients watch one
// active group's events through one or more consoles while one client reads the emulator's own
// events stream. Each event must reach every client soon after it reaches that direct client
// (matched by event_id); both arrivals are stamped by this process's clock.

const RUN_EVENT_ID = /^e\d+$/;

interface Arrival {
  id: string;
  atMs: number;
}

interface Received {
  chunk: Buffer;
  atMs: number;
}

// Chunks are only stamped while the round runs and scanned after it: the streams share this
// process's event loop, and every microsecond spent per chunk here would count as the console's delay.
function collector(received: Received[]) {
  return (chunk: Buffer, atMs: number) => received.push({ chunk, atMs });
}

function arrivalsOf(received: Received[]): Arrival[] {
  const scanner = new EventIdScanner();
  const arrivals: Arrival[] = [];
  for (const { chunk, atMs } of received) scanner.push(chunk, (id) => arrivals.push({ id, atMs }));
  return arrivals;
}

export interface FanoutReadParams {
  emulator: { url: string; apiKey: string };
  groupId: string;
  /** Each console's URL and the headers that sign its clients in; every console gets `clientsPerConsole` clients. */
  consoles: { url: string; headers: Record<string, string> }[];
  clientsPerConsole: number;
  timeLimitMs: number;
}

export interface FanoutReading {
  /** Run events that reached the direct client after every client had joined. */
  liveEvents: number;
  /** Per delivery of a live event to a client: ms after the direct client had it. */
  addedMs: number[];
  /** Live events some client never got, summed over clients. */
  missing: number;
  /** Events delivered to clients in all. */
  deliveries: number;
  /** How late the reading process's event loop ran (p99): a late client adds latency the console did not. */
  loopDelayP99Ms: number;
}

/** Reads the group's events directly and through every console until the streams end; `onAllJoined` once every client's response has begun. */
export async function readFanout(
  { emulator, groupId, consoles, clientsPerConsole, timeLimitMs }: FanoutReadParams,
  onAllJoined?: () => void,
): Promise<FanoutReading> {
  const startMs = performance.now();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const directReceived: Received[] = [];
  const directRead = readSse(`${emulator.url}/v1beta/tasks/groups/${groupId}/events`, {
    headers: { "x-api-key": emulator.apiKey },
    timeLimitMs,
    onChunk: collector(directReceived),
  });
  const clients = consoles.length * clientsPerConsole;
  let opened = 0;
  let allOpenAtMs = Number.POSITIVE_INFINITY;
  const perClientReceived: Received[][] = Array.from({ length: clients }, () => []);
  const clientReads = perClientReceived.map((received, i) => {
    const { url, headers } = consoles[i % consoles.length];
    return readSse(`${url}/api/parallel/v1beta/tasks/groups/${groupId}/events`, {
      headers,
      timeLimitMs,
      onChunk: collector(received),
      onOpen: () => {
        if (++opened < clients) return;
        allOpenAtMs = performance.now();
        onAllJoined?.();
      },
    });
  });
  const reads = await Promise.all([directRead, ...clientReads]);
  loopDelay.disable();
  const bad = reads.filter((r) => r.status !== 200);
  if (bad.length > 0) throw new Error(`${bad.length} event streams answered ${bad[0].status}`);

  const direct = arrivalsOf(directReceived);
  const directAt = new Map(direct.map((a) => [a.id, a.atMs]));
  // Only run events: a status event's id carries a per-connection serial, so it differs between streams.
  const live = new Set(direct.filter((a) => a.atMs > allOpenAtMs && RUN_EVENT_ID.test(a.id)).map((a) => a.id));
  if (live.size === 0) {
    const runEventsAt = direct.filter((a) => RUN_EVENT_ID.test(a.id)).map((a) => a.atMs);
    const seconds = (atMs: number) => `${((atMs - startMs) / 1000).toFixed(1)} s`;
    throw new Error(
      `every event reached the direct client before all ${clients} clients were connected (the last joined after ${seconds(allOpenAtMs)}; ${runEventsAt.length} run events from ${seconds(Math.min(...runEventsAt))} to ${seconds(Math.max(...runEventsAt))})`,
    );
  }
  const addedMs: number[] = [];
  let missing = 0;
  let deliveries = 0;
  for (const arrivals of perClientReceived.map(arrivalsOf)) {
    deliveries += arrivals.length;
    const seen = new Set<string>();
    for (const { id, atMs } of arrivals) {
      seen.add(id);
      if (live.has(id)) addedMs.push(atMs - directAt.get(id)!);
    }
    for (const id of live) if (!seen.has(id)) missing++;
  }
  return { liveEvents: live.size, addedMs, missing, deliveries, loopDelayP99Ms: loopDelay.percentile(99) / 1e6 };
}
