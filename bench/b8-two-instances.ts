import { join } from "node:path";
import { BENCH_API_KEY, CONSOLE_PORT, EMULATOR_PORT, startConsole, type ConsoleServer } from "./lib/console-server";
import { BENCH_EMULATOR_ENV } from "./lib/context";
import { addRunsInBatches, buildFinishedGroup, createGroup } from "./lib/emulator-client";
import { runFanoutRound } from "./lib/fanout-round";
import type { Figure } from "./lib/figure";
import { measure } from "./lib/results";
import { readSse } from "./lib/sse-client";
import { percentile } from "./lib/stats";

// B8: two console instances on one database and one upstream, 200 live viewers of one active
// group on each. Each instance opens one upstream events connection for its viewers (≤ 2 in all),
// and each event reaches every viewer soon after it reaches a client of the emulator itself.

const INSTANCES = 2;
const CLIENTS_PER_INSTANCE = 200;
const RUNS = 2_000;
// 3–15 s each at the benchmark's time scale of 0.01: the group stays active while 400 clients
// connect on a loaded machine (with B4's pro runs, every event could come before the last one joined).
const PROCESSOR = "ultra";
const ROUND_LIMIT_MS = 90_000;

/** Instance A with the emulator, and B on A's database and emulator: ports next to the shared console's, so B8 runs beside it. */
async function startTwoInstances(workDir: string): Promise<[ConsoleServer, ConsoleServer]> {
  const a = await startConsole({
    workDir,
    name: "a",
    port: CONSOLE_PORT + 1,
    emulatorPort: EMULATOR_PORT + 1,
    env: BENCH_EMULATOR_ENV,
  });
  try {
    const b = await startConsole({
      workDir,
      name: "b",
      port: CONSOLE_PORT + 2,
      // Unused: B reaches A's emulator as it would the real API.
      emulatorPort: EMULATOR_PORT + 2,
      env: { PARALLEL_API_KEY: BENCH_API_KEY, PARALLEL_BASE_URL: a.emulator.url, CONSOLE_DB: a.consoleDbPath },
    });
    return [a, b];
  } catch (error) {
    await a.stop();
    throw error;
  }
}

export const figure: Figure = {
  id: "B8",
  what: "2 console instances × 200 SSE clients on one active group's events",
  needsConsole: true,
  timeLimitMs: (quick) => (quick ? 240_000 : 900_000),
  run: async (ctx) => {
    const rounds = ctx.quick ? 1 : 3;
    const instances = await startTwoInstances(join(ctx.workDir, "b8"));
    try {
      const emulator = instances[0].emulator;
      ctx.log(
        `B8: instances on ${instances.map((i) => i.url).join(" and ")}, one database ${instances[0].consoleDbPath}, emulator ${emulator.url}`,
      );
      const consoles = instances.map((i) => ({ url: i.url, headers: i.credentials.apiHeaders }));
      // Each instance's events route loads its code on its first request: not part of any round.
      const { groupId: warmGroupId } = await buildFinishedGroup(emulator, { runs: 100, timeLimitMs: 120_000 });
      for (const { url, headers } of consoles)
        await readSse(`${url}/api/parallel/v1beta/tasks/groups/${warmGroupId}/events`, { headers, timeLimitMs: 60_000 });

      const upstreamPerRound: number[] = [];
      const p95PerRound: number[] = [];
      const p50PerRound: number[] = [];
      const loopDelayP99Ms: number[] = [];
      const notes: string[] = [];
      for (let round = 0; round < rounds; round++) {
        const groupId = await createGroup(emulator, { bench: "B8" });
        await addRunsInBatches(emulator, groupId, { runs: RUNS, processor: PROCESSOR, timeLimitMs: 30_000 });
        const result = await runFanoutRound({
          emulator,
          groupId,
          consoles,
          clientsPerConsole: CLIENTS_PER_INSTANCE,
          timeLimitMs: ROUND_LIMIT_MS,
        });
        upstreamPerRound.push(result.upstreamConnections);
        p95PerRound.push(percentile(result.addedMs, 95));
        p50PerRound.push(percentile(result.addedMs, 50));
        loopDelayP99Ms.push(result.clientLoopDelayP99Ms);
        ctx.log(
          `B8 round ${round + 1}: ${result.upstreamConnections} upstream connection(s); ${result.liveEvents} run events live; added latency p50 ${p50PerRound[round].toFixed(1)} ms, p95 ${p95PerRound[round].toFixed(1)} ms`,
        );
        notes.push(
          `Round ${round + 1}: ${result.liveEvents.toLocaleString("en-US")} run events compared (${result.addedMs.length.toLocaleString("en-US")} deliveries)${result.missing > 0 ? `; ${result.missing.toLocaleString("en-US")} live events missed in all` : ""}.`,
        );
      }
      return {
        status: "measured",
        sizes: {
          instances: INSTANCES,
          "clients per instance": CLIENTS_PER_INSTANCE,
          runs: RUNS,
          processor: `${PROCESSOR} (3–15 s at time scale 0.01)`,
          database: "one SQLite file shared by both instances",
        },
        measures: [
          measure("upstream events connections for 2 × 200 clients", "connections", upstreamPerRound, { op: "<=", value: INSTANCES }),
          measure("p95 delivery latency added over a direct client", "ms", p95PerRound, { op: "<=", value: 50 }),
          measure("p50 delivery latency added over a direct client", "ms", p50PerRound),
          measure("event-loop delay p99 of the 401 reading clients (this process)", "ms", loopDelayP99Ms),
        ],
        notes: [
          "Two `npm start` instances (next start each): A with the embedded emulator, B pointed at A's emulator and A's console database; half the clients read each instance's /api/parallel/v1beta/tasks/groups/{id}/events (its events hub); the direct client reads the emulator's own stream; all 401 run in the benchmark process.",
          ...notes,
        ],
      };
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
    }
  },
};
