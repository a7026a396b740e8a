import { join } from "node:path";
import { startTwoInstances } from "./lib/b8-instances";
import { benchPostgresMissing, openBenchPostgres } from "./lib/bench-postgres";
import type { ConsoleServer } from "./lib/console-server";
import { buildFinishedGroup } from "./lib/emulator-client";
import { startFanoutReaderProcess, type FanoutReaderProcess } from "./lib/fanout-reader-process";
import { fanoutWorkloadSizes, runFanoutRound, type FanoutRound, type FanoutWorkload } from "./lib/fanout-round";
import { defineFigure } from "./lib/figure";
import { measure, notMeasurable } from "./lib/results";
import { readSse } from "./lib/sse-client";
import { percentile } from "./lib/stats";

// B8: two console instances on one PostgreSQL database and one upstream, 200 live viewers of one
// active group on each. Each instance opens one upstream events connection for its viewers (≤ 2 in
// all), and each event reaches every viewer soon after it reaches a client of the emulator itself.
// Each instance's viewers run in a process of their own beside a direct client of the emulator, so
// the added latency is taken on one clock and no process reads for both instances.

const INSTANCES = 2;
const WORKLOAD: FanoutWorkload = {
  clientsPerConsole: 200,
  // Added once every client has joined, so every one of their events is compared, however long 400
  // clients take to connect on a loaded machine.
  measured: { runs: 2_000, processor: "ultra", duration: "3–15 s" },
  // Added first, they keep the group active (its events streams open) while the clients join; the
  // last of 20 is done before 40 s about once in 600 rounds.
  hold: { runs: 20, processor: "ultra4x", duration: "3–54 s" },
  roundLimitMs: 120_000,
};

const SIZES = {
  instances: INSTANCES,
  "clients per instance": WORKLOAD.clientsPerConsole,
  ...fanoutWorkloadSizes(WORKLOAD),
  database: "one PostgreSQL database shared by both instances",
  "reader processes": `${INSTANCES} (each: one instance's ${WORKLOAD.clientsPerConsole} clients + 1 direct client)`,
};

/** Reader process i reads instance i. */
function fanoutRound(instances: ConsoleServer[], readers: FanoutReaderProcess[]): Promise<FanoutRound> {
  return runFanoutRound({
    emulator: instances[0].emulator,
    bench: "B8",
    workload: WORKLOAD,
    readers: readers.map((reader, i) => ({
      consoles: [{ url: instances[i].url, headers: instances[i].credentials.apiHeaders }],
      read: reader.read,
    })),
  });
}

const count = (n: number) => n.toLocaleString("en-US");

function roundNote(round: number, { readings }: FanoutRound): string {
  const perInstance = readings.map(
    (r, i) =>
      `instance ${"AB"[i]}'s reader ${count(r.liveEvents)} run events live (${count(r.addedMs.length)} deliveries compared${r.missing > 0 ? `, ${count(r.missing)} missed` : ""}, added p95 ${percentile(r.addedMs, 95).toFixed(1)} ms), event-loop p99 ${r.loopDelayP99Ms.toFixed(1)} ms`,
  );
  return `Round ${round + 1}: ${perInstance.join("; ")}.`;
}

export const figure = defineFigure("B8", {
  what: "2 console instances × 200 SSE clients on one active group's events, one PostgreSQL database",
  needsConsole: true,
  quick: { rounds: 1, timeLimitMs: 240_000 },
  full: { rounds: 3, timeLimitMs: 900_000 },
  run: async (ctx, { rounds }) => {
    const missing = await benchPostgresMissing();
    if (missing) return notMeasurable(`not measured: the issue is about instances on PostgreSQL, and there is ${missing}`, SIZES);
    const postgres = await openBenchPostgres();
    const readers: FanoutReaderProcess[] = [];
    let instances: ConsoleServer[] = [];
    try {
      instances = await startTwoInstances(join(ctx.workDir, "b8"), postgres.url);
      const emulator = instances[0].emulator;
      ctx.log(`B8: instances on ${instances.map((i) => i.url).join(" and ")}, one database (${postgres.origin}), emulator ${emulator.url}`);
      for (const name of ["A", "B"]) readers.push(await startFanoutReaderProcess(`instance ${name}`));
      // Each instance's events route loads its code on its first request: not part of any round.
      const { groupId: warmGroupId } = await buildFinishedGroup(emulator, { runs: 100, timeLimitMs: 120_000 });
      for (const { url, credentials } of instances)
        await readSse(`${url}/api/parallel/v1beta/tasks/groups/${warmGroupId}/events`, {
          headers: credentials.apiHeaders,
          timeLimitMs: 60_000,
        });

      const upstreamPerRound: number[] = [];
      const p95PerRound: number[] = [];
      const p50PerRound: number[] = [];
      const loopDelayP99Ms: number[] = [];
      const notes: string[] = [];
      for (let round = 0; round < rounds; round++) {
        const result = await fanoutRound(instances, readers);
        const addedMs = result.readings.flatMap((r) => r.addedMs);
        upstreamPerRound.push(result.upstreamConnections);
        p95PerRound.push(percentile(addedMs, 95));
        p50PerRound.push(percentile(addedMs, 50));
        loopDelayP99Ms.push(Math.max(...result.readings.map((r) => r.loopDelayP99Ms)));
        ctx.log(
          `B8 round ${round + 1}: ${result.upstreamConnections} upstream connection(s); added latency p50 ${p50PerRound[round].toFixed(1)} ms, p95 ${p95PerRound[round].toFixed(1)} ms; reader event-loop p99 ${result.readings.map((r) => r.loopDelayP99Ms.toFixed(1)).join(" and ")} ms`,
        );
        notes.push(roundNote(round, result));
      }
      return {
        status: "measured",
        sizes: SIZES,
        measures: [
          measure("upstream events connections for 2 × 200 clients", "connections", upstreamPerRound, { op: "<=", value: INSTANCES }),
          measure("p95 delivery latency added over a direct client", "ms", p95PerRound, { op: "<=", value: 50 }),
          measure("p50 delivery latency added over a direct client", "ms", p50PerRound),
          measure("event-loop delay p99 of the reader processes (the worse of the 2)", "ms", loopDelayP99Ms),
        ],
        notes: [
          `Two \`npm start\` instances (next start each) on one PostgreSQL database (DATABASE_URL: ${postgres.origin}): A with the embedded emulator, B pointed at A's emulator as at the real API.`,
          `Two reader processes (bench/lib/fanout-reader-main.ts), one per instance: each runs ${WORKLOAD.clientsPerConsole} clients of its instance's /api/parallel/v1beta/tasks/groups/{id}/events (its events hub) and one direct client of the emulator's own stream. Per round a new group gets ${WORKLOAD.hold.runs} ${WORKLOAD.hold.processor} runs, the clients join, and once all ${INSTANCES * WORKLOAD.clientsPerConsole} have, the group gets ${count(WORKLOAD.measured.runs)} ${WORKLOAD.measured.processor} runs.`,
          "Each reader process computes, on its own clock, added latency = arrival at a console client − arrival at its own direct client, by event_id, for every run event that reached its direct client after all its clients had joined; the benchmark pools both processes' deliveries for p50 and p95.",
          "Upstream connections: the emulator's eventsStreamsOpened over the round, minus the 2 direct clients.",
          ...notes,
        ],
      };
    } finally {
      await Promise.all(readers.map((r) => r.stop()));
      await Promise.all(instances.map((i) => i.stop()));
      await postgres.close();
    }
  },
});
