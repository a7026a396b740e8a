import { readFanout } from "./lib/fanout-reading";
import { fanoutWorkloadSizes, runFanoutRound, type FanoutWorkload } from "./lib/fanout-round";
import { defineConsoleFigure } from "./lib/figure";
import { cpuSeconds } from "./lib/proc";
import { measure } from "./lib/results";
import { readSse } from "./lib/sse-client";
import { percentile } from "./lib/stats";

// B4: 200 clients watch one active group's events through the console while one client reads the
// emulator's own events stream. The console must open one upstream connection for all of them, and
// each event must reach its clients soon after it reaches the direct client (matched by event_id).

const WORKLOAD: FanoutWorkload = {
  clientsPerConsole: 200,
  // Added once all clients have joined: the group's events come over about 5 s.
  measured: { runs: 2_000, processor: "pro", duration: "1.2–6 s" },
  // Added first, they keep the group active while the clients join; the last of 20 is done before
  // 20 s about once in 10,000 rounds.
  hold: { runs: 20, processor: "ultra2x", duration: "3–30 s" },
  roundLimitMs: 90_000,
};

export const figure = defineConsoleFigure("B4", {
  what: "200 SSE clients on one active group's events through the console",
  quick: { rounds: 1, timeLimitMs: 180_000 },
  full: { rounds: 3, timeLimitMs: 600_000 },
  run: async (ctx, { rounds }, server) => {
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
      const nextCpuBefore = cpuSeconds(server.nextPid);
      const fanout = await runFanoutRound({
        emulator,
        bench: "B4",
        workload: WORKLOAD,
        readers: [{ consoles: [{ url: server.url, headers: server.credentials.apiHeaders }], read: readFanout }],
      });
      const result = fanout.readings[0];
      const nextCpuS = cpuSeconds(server.nextPid) - nextCpuBefore;
      upstreamPerRound.push(fanout.upstreamConnections);
      if (result.missing > 0)
        notes.push(`Round ${round + 1}: console clients missed ${result.missing.toLocaleString("en-US")} live events in all.`);
      nextCpuPerDeliveryUs.push((nextCpuS * 1e6) / result.deliveries);
      clientLoopDelayP99Ms.push(result.loopDelayP99Ms);
      p95PerRound.push(percentile(result.addedMs, 95));
      p50PerRound.push(percentile(result.addedMs, 50));
      ctx.log(
        `B4 round ${round + 1}: ${upstreamPerRound[round]} upstream connection(s); ${result.liveEvents} run events live after all clients joined; added latency p50 ${p50PerRound[round].toFixed(1)} ms, p95 ${p95PerRound[round].toFixed(1)} ms, max ${result.addedMs.reduce((a, b) => Math.max(a, b), 0).toFixed(1)} ms`,
      );
      notes.push(
        `Round ${round + 1}: ${result.liveEvents.toLocaleString("en-US")} run events reached the direct client after all clients had joined and were compared (${result.addedMs.length.toLocaleString("en-US")} deliveries).`,
      );
    }

    return {
      status: "measured",
      sizes: {
        clients: WORKLOAD.clientsPerConsole,
        ...fanoutWorkloadSizes(WORKLOAD),
      },
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
});
