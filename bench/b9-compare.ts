import { spawn } from "node:child_process";
import { join } from "node:path";
import { defineFigure } from "./lib/figure";
import { ROOT } from "./lib/console-server";
import { measure } from "./lib/results";

// B9: comparing two groups of the same inputs (100,000 runs each; 10,000 with --quick), from the
// console's run cache. The groups are stored into a fresh console database as ingestion stores them
// (5 output fields with a basis each, one in five rows answering another CEO), then the work of the
// compare endpoints is timed in a separate process: the first page of matched rows, the aggregate
// figures cold (a fresh connection, nothing cached), again from the per-comparison cache, cold when
// matched by an input field, and once cold on runs without digests (cached before migration 0011).

interface B9Readings {
  fillMs: number;
  firstPageMs: number[];
  coldMs: number[];
  cachedMs: number[];
  coldByInputMs: number[];
  backfillMs: number;
  agreement: number | null;
}

function runMeasuringProcess(workDir: string, runs: number, rounds: number): Promise<B9Readings> {
  return new Promise((resolve, reject) => {
    // The react-server condition loads the console's server modules as Next.js does ("server-only" is empty there).
    const child = spawn(
      join(ROOT, "node_modules", ".bin", "tsx"),
      ["--conditions=react-server", join(__dirname, "lib", "b9-compare-main.ts"), workDir, String(runs), String(rounds)],
      { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`B9's measuring process exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "") as B9Readings);
      } catch (error) {
        reject(new Error(`B9's measuring process printed no readings: ${(error as Error).message}`));
      }
    });
  });
}

export const figure = defineFigure("B9", {
  what: "compare two groups of the same inputs: first page of matched rows, aggregate figures cold and cached",
  needsConsole: false,
  quick: { runs: 10_000, rounds: 3, timeLimitMs: 120_000 },
  full: { runs: 100_000, rounds: 5, timeLimitMs: 900_000 },
  run: async (ctx, { runs, rounds }) => {
    const readings = await runMeasuringProcess(ctx.workDir, runs, rounds);
    ctx.log(`B9: ${runs.toLocaleString("en-US")} runs per group written in ${(readings.fillMs / 1000).toFixed(1)} s`);
    return {
      status: "measured",
      sizes: { "runs per group": runs, "output fields": 5, rounds },
      measures: [
        measure("first page of matched rows (50)", "ms", readings.firstPageMs, { op: "<=", value: 500 }),
        measure("aggregate figures, cold", "ms", readings.coldMs, { op: "<=", value: 3_000 }),
        measure("aggregate figures, cached", "ms", readings.cachedMs, { op: "<=", value: 50 }),
        measure("aggregate figures, cold, matched by an input field", "ms", readings.coldByInputMs),
        measure("aggregate figures, cold, first comparison after migration 0011 (writes both groups' run digests)", "ms", [
          readings.backfillMs,
        ]),
      ],
      notes: [
        "In-process: the functions behind GET /api/compare/rows and GET /api/compare on the console's SQLite file, without HTTP.",
        "Runs are stored as ingestion stores them (storeRunBatch: each run with its digest); the figures read the digests, not the outputs.",
        `Matched by upload row; the CEO field agrees on ${readings.agreement === null ? "?" : `${Math.round(readings.agreement * 100)}%`} of rows (80% by construction).`,
      ],
    };
  },
});
