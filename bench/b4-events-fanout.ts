import { monitorEventLoopDelay } from "node:perf_hooks";
import { addRunsInBatches, createGroup, getEmulatorStats } from "./lib/emulator-client";
import { EventIdScanner } from "./lib/event-ids";
import type { Figure } from "./lib/figure";
import { cpuSeconds } from "./lib/proc";
import { measure } from "./lib/results";
import { readSse } from "./lib/sse-client";
import { percentile } from "./lib/stats";

// B4: 200 clients watch one active group's events through the console while one client reads the
// emulator's own events stream. The console must open one upstream connection for all of them, and
// each event must reach its clients soon after it reaches the direct client (matched by event_id).

const CLIENTS = 200;
const RUNS = 2_000;
// 1.2–6 s each at the benchmark's time scale of 0.01: the group stays active for about 6 s.
const PROCESSOR = "pro";
const ROUND_LIMIT_MS = 90_000;
const RUN_EVENT_ID = /^e\d+$/;

interface Arrival {
  id: string;
  atMs: number;
}

interface Received {
  chunk: Buffer;
  atMs: number;
}

// Chunks are only stamped while the round runs and scanned after it: 201 streams share this
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

export const figure: Figure = {
  id: "B4",
  what: "200 SSE clients on one active group's events through the console",
  needsConsole: true,
  timeLimitMs: (quick) => (quick ? 120_000 : 600_000),
  run: async (ctx) => {
    const rounds = ctx.quick ? 1 : 3;
    const server = await ctx.console();
    const emulator = server.emulator;
    const upstreamPerRound: number[] = [];
    const p95PerRound: number[] = [];
    const p50PerRound: number[] = [];
    const notes: string[] = [];
    const nextCpuPerDeliveryUs: number[] = [];
    const clientLoopDelayP99Ms: number[] = [];
    // The events route's first request loads its code: not part of any round.
    const warmGroupId = await ctx.finishedGroup(1_000);
    await readSse(`${server.url}/api/parallel/v1beta/tasks/groups/${warmGroupId}/events`, {
      headers: server.credentials.apiHeaders,
      timeLimitMs: 60_000,
    });

    for (let round = 0; round < rounds; round++) {
      const groupId = await createGroup(emulator, { bench: "B4" });
      const before = await getEmulatorStats(emulator);
      await addRunsInBatches(emulator, groupId, { runs: RUNS, processor: PROCESSOR, timeLimitMs: 30_000 });

      const nextCpuBefore = cpuSeconds(server.nextPid);
      // How late this process's own event loop ran: a late client would add latency the console did not.
      const loopDelay = monitorEventLoopDelay({ resolution: 5 });
      loopDelay.enable();
      const directReceived: Received[] = [];
      const directRead = readSse(`${emulator.url}/v1beta/tasks/groups/${groupId}/events`, {
        headers: { "x-api-key": emulator.apiKey },
        timeLimitMs: ROUND_LIMIT_MS,
        onChunk: collector(directReceived),
      });
      let opened = 0;
      let allOpenAtMs = Number.POSITIVE_INFINITY;
      const perClientReceived: Received[][] = Array.from({ length: CLIENTS }, () => []);
      const clientReads = perClientReceived.map((received) =>
        readSse(`${server.url}/api/parallel/v1beta/tasks/groups/${groupId}/events`, {
          headers: server.credentials.apiHeaders,
          timeLimitMs: ROUND_LIMIT_MS,
          onChunk: collector(received),
          onOpen: () => {
            if (++opened === CLIENTS) allOpenAtMs = performance.now();
          },
        }),
      );
      const reads = await Promise.all([directRead, ...clientReads]);
      loopDelay.disable();
      const nextCpuS = cpuSeconds(server.nextPid) - nextCpuBefore;
      const bad = reads.filter((r) => r.status !== 200);
      if (bad.length > 0) throw new Error(`${bad.length} event streams answered ${bad[0].status}`);
      const after = await getEmulatorStats(emulator);
      // The direct client opened one; everything else was opened by the console.
      upstreamPerRound.push(after.eventsStreamsOpened - before.eventsStreamsOpened - 1);

      const direct = arrivalsOf(directReceived);
      const perClient = perClientReceived.map(arrivalsOf);
      const directAt = new Map(direct.map((a) => [a.id, a.atMs]));
      // Only run events: a status event's id carries a per-connection serial, so it differs between streams.
      const live = new Set(direct.filter((a) => a.atMs > allOpenAtMs && RUN_EVENT_ID.test(a.id)).map((a) => a.id));
      const added: number[] = [];
      let missing = 0;
      for (const arrivals of perClient) {
        const seen = new Set<string>();
        for (const { id, atMs } of arrivals) {
          seen.add(id);
          if (live.has(id)) added.push(atMs - directAt.get(id)!);
        }
        for (const id of live) if (!seen.has(id)) missing++;
      }
      if (live.size === 0) throw new Error("every event reached the direct client before all 200 clients were connected");
      if (missing > 0) notes.push(`Round ${round + 1}: console clients missed ${missing.toLocaleString("en-US")} live events in all.`);
      const deliveries = perClient.reduce((sum, arrivals) => sum + arrivals.length, 0);
      nextCpuPerDeliveryUs.push((nextCpuS * 1e6) / deliveries);
      clientLoopDelayP99Ms.push(loopDelay.percentile(99) / 1e6);
      p95PerRound.push(percentile(added, 95));
      p50PerRound.push(percentile(added, 50));
      ctx.log(
        `B4 round ${round + 1}: ${upstreamPerRound[round]} upstream connection(s); ${live.size} run events live after all clients joined; added latency p50 ${p50PerRound[round].toFixed(1)} ms, p95 ${p95PerRound[round].toFixed(1)} ms, max ${added.reduce((a, b) => Math.max(a, b), 0).toFixed(1)} ms`,
      );
      notes.push(
        `Round ${round + 1}: ${live.size.toLocaleString("en-US")} run events reached the direct client after all clients had joined and were compared (${added.length.toLocaleString("en-US")} deliveries).`,
      );
    }

    return {
      status: "measured",
      sizes: { clients: CLIENTS, runs: RUNS, processor: `${PROCESSOR} (1.2–6 s at time scale 0.01)` },
      measures: [
        measure("upstream events connections for 200 clients", "connections", upstreamPerRound, { op: "<=", value: 1 }),
        measure("p95 delivery latency added over a direct client", "ms", p95PerRound, { op: "<=", value: 50 }),
        measure("p50 delivery latency added over a direct client", "ms", p50PerRound),
        measure("next-server CPU per event delivered to one client", "µs/event", nextCpuPerDeliveryUs),
        measure("event-loop delay p99 of the 201 reading clients (this process)", "ms", clientLoopDelayP99Ms),
      ],
      notes: [
        "Clients read /api/parallel/v1beta/tasks/groups/{id}/events (the events hub); the direct client reads the emulator's own stream; all 201 run in the benchmark process.",
        ...notes,
      ],
    };
  },
};
