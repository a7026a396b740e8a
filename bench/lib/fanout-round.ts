import { monitorEventLoopDelay } from "node:perf_hooks";
import { getEmulatorStats, type EmulatorTarget } from "./emulator-client";
import { EventIdScanner } from "./event-ids";
import { readSse } from "./sse-client";

// One round of an events fan-out figure (B4, B8): clients watch one active group's events through
// one or more consoles while one client reads the emulator's own events stream. Each event must
// reach every client soon after it reaches the direct client (matched by event_id).

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

export interface FanoutRoundParams {
  emulator: EmulatorTarget & { apiKey: string };
  groupId: string;
  /** Each console's URL and the headers that sign its clients in; every console gets `clientsPerConsole` clients. */
  consoles: { url: string; headers: Record<string, string> }[];
  clientsPerConsole: number;
  timeLimitMs: number;
}

export interface FanoutRound {
  /** Events connections the consoles opened to the emulator during the round. */
  upstreamConnections: number;
  /** Run events that reached the direct client after every client had joined. */
  liveEvents: number;
  /** Per delivery of a live event to a client: ms after the direct client had it. */
  addedMs: number[];
  /** Live events some client never got, summed over clients. */
  missing: number;
  /** Events delivered to clients in all. */
  deliveries: number;
  /** How late this process's own event loop ran (p99): a late client adds latency the console did not. */
  clientLoopDelayP99Ms: number;
}

export async function runFanoutRound({
  emulator,
  groupId,
  consoles,
  clientsPerConsole,
  timeLimitMs,
}: FanoutRoundParams): Promise<FanoutRound> {
  const before = await getEmulatorStats(emulator);
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
        if (++opened === clients) allOpenAtMs = performance.now();
      },
    });
  });
  const reads = await Promise.all([directRead, ...clientReads]);
  loopDelay.disable();
  const bad = reads.filter((r) => r.status !== 200);
  if (bad.length > 0) throw new Error(`${bad.length} event streams answered ${bad[0].status}`);
  const after = await getEmulatorStats(emulator);

  const direct = arrivalsOf(directReceived);
  const directAt = new Map(direct.map((a) => [a.id, a.atMs]));
  // Only run events: a status event's id carries a per-connection serial, so it differs between streams.
  const live = new Set(direct.filter((a) => a.atMs > allOpenAtMs && RUN_EVENT_ID.test(a.id)).map((a) => a.id));
  if (live.size === 0) throw new Error(`every event reached the direct client before all ${clients} clients were connected`);
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
  return {
    // The direct client opened one; everything else was opened by the consoles.
    upstreamConnections: after.eventsStreamsOpened - before.eventsStreamsOpened - 1,
    liveEvents: live.size,
    addedMs,
    missing,
    deliveries,
    clientLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  };
}
