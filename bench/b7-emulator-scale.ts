import { join } from "node:path";
import { startEmulator } from "../lib/emulator";
import { BENCH_EMULATOR_ENV } from "./lib/context";
import { addRunsInBatches, createGroup, MAX_INPUTS_PER_REQUEST, waitUntilInactive } from "./lib/emulator-client";
import { defineFigure } from "./lib/figure";
import { measure } from "./lib/results";
import { readSse } from "./lib/sse-client";
import { alternateRounds, percentile } from "./lib/stats";

// B7: the emulator alone, in this process (no console): how long a 1,000,000-run group takes to
// create, how fast its summary answers, and how fast its runs stream flows with and without the
// inputs and outputs (outputs are generated as they are read).

const SUMMARY_REQUESTS = 50;

export const figure = defineFigure("B7", {
  what: "emulator in-process: create a 1,000,000-run group; summary latency; runs-stream events/s",
  needsConsole: false,
  quick: { runs: 100_000, plainRounds: 2, fullRounds: 1, timeLimitMs: 150_000 },
  full: { runs: 1_000_000, plainRounds: 3, fullRounds: 2, timeLimitMs: 1_500_000 },
  run: async (ctx, { runs, plainRounds, fullRounds }) => {
    const emulator = await startEmulator({
      port: 0,
      dbPath: join(ctx.workDir, "b7-emulator.db"),
      timeScale: Number(BENCH_EMULATOR_ENV.EMULATOR_TIME_SCALE),
      concurrency: Number(BENCH_EMULATOR_ENV.EMULATOR_CONCURRENCY),
      // This figure measures the emulator's own speed, not its rate limiter.
      rateLimitPerMin: 1_000_000,
    });
    try {
      const target = { url: emulator.url };
      const groupId = await createGroup(target, { bench: "B7" });
      const createMs = await addRunsInBatches(target, groupId, { runs, timeLimitMs: 600_000 });
      ctx.log(`B7: ${runs.toLocaleString("en-US")} runs added in ${(createMs / 1000).toFixed(1)} s`);
      const finishStartMs = performance.now();
      await waitUntilInactive(target, groupId, 600_000);
      const finishMs = performance.now() - finishStartMs;

      const summaryMs: number[] = [];
      for (let i = 0; i < SUMMARY_REQUESTS; i++) {
        const startMs = performance.now();
        const response = await fetch(`${emulator.url}/v1beta/tasks/groups/${groupId}`);
        await response.text();
        if (!response.ok) throw new Error(`group summary answered ${response.status}`);
        summaryMs.push(performance.now() - startMs);
      }

      const url = `${emulator.url}/v1beta/tasks/groups/${groupId}/runs`;
      const sizes: Record<string, number> = {};
      const rate = (query: string, key: string) => async () => {
        const read = await readSse(`${url}${query}`, { timeLimitMs: 600_000 });
        if (read.events !== runs) throw new Error(`runs stream${query} sent ${read.events} events, expected ${runs}`);
        sizes[key] = Math.round(read.bytes / read.events);
        return read.events / (read.elapsedMs / 1_000);
      };
      const plain = await alternateRounds(plainRounds, { plain: rate("", "bytes per event (plain)") }, (_k, round, value) =>
        ctx.log(`B7: plain round ${round + 1}: ${Math.round(value)} events/s`),
      );
      const full = await alternateRounds(
        fullRounds,
        { full: rate("?include_input=true&include_output=true", "bytes per event (inputs and outputs)") },
        (_k, round, value) => ctx.log(`B7: with inputs and outputs round ${round + 1}: ${Math.round(value)} events/s`),
      );

      return {
        status: "measured",
        sizes: { runs, "add-runs POSTs": Math.ceil(runs / MAX_INPUTS_PER_REQUEST), "summary GETs": SUMMARY_REQUESTS, ...sizes },
        measures: [
          measure(
            `create a ${runs.toLocaleString("en-US")}-run group (${Math.ceil(runs / MAX_INPUTS_PER_REQUEST)} POSTs of 1,000, 2 in flight)`,
            "s",
            [createMs / 1000],
          ),
          measure("group summary latency", "ms", summaryMs, { op: "<=", value: 5 }),
          measure("runs stream, run states only", "events/s", plain.plain, { op: ">=", value: 50_000 }),
          measure("runs stream with inputs and outputs", "events/s", full.full, { op: ">=", value: 50_000 }),
        ],
        notes: [
          `Emulator at time scale ${BENCH_EMULATOR_ENV.EMULATOR_TIME_SCALE}, concurrency ${BENCH_EMULATOR_ENV.EMULATOR_CONCURRENCY}; its scheduler runs the runs while they are added.`,
          `All runs finished ${(finishMs / 1000).toFixed(1)} s after the last POST.`,
          `Summary p95 ${percentile(summaryMs, 95).toFixed(2)} ms.`,
        ],
      };
    } finally {
      await emulator.close();
    }
  },
});
