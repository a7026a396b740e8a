// `npm run bench [-- --quick] [-- --only B1,B3] [-- --soak-minutes 5]`: builds if stale, starts the
// console and its emulator (`npm start` on ports 3200/4210 + BENCH_PORT_OFFSET, data in
// bench/.work/), runs each figure, writes bench/results.json and the generated table of BENCHMARKS.md.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { figure as b1 } from "./b1-runs-stream-throughput";
import { figure as b2 } from "./b2-relay-memory";
import { figure as b3 } from "./b3-first-page";
import { figure as b4 } from "./b4-events-fanout";
import { figure as b5 } from "./b5-browser-table";
import { figure as b6 } from "./b6-csv-upload";
import { figure as b7 } from "./b7-emulator-scale";
import { figure as b8 } from "./b8-two-instances";
import { figure as b9 } from "./b9-compare";
import { figure as b10 } from "./b10-soak";
import { parseBenchArgs } from "./lib/bench-args";
import { ensureBuilt, ROOT } from "./lib/console-server";
import { createContext } from "./lib/context";
import type { Figure } from "./lib/figure";
import { describeMachine } from "./lib/machine";
import { writeReport } from "./lib/report";
import { figurePass, type BenchResults, type FigureOutcome, type FigureResult } from "./lib/results";

const FIGURES: Figure[] = [b1, b2, b3, b4, b5, b6, b7, b8, b9, b10];
const WORK_DIR = join(ROOT, "bench", ".work");
const RESULTS_PATH = join(ROOT, "bench", "results.json");
const REPORT_PATH = join(ROOT, "BENCHMARKS.md");

function log(message: string): void {
  const elapsed = ((performance.now() - START_MS) / 1000).toFixed(1).padStart(6);
  console.log(`[bench ${elapsed}s] ${message}`);
}

const START_MS = performance.now();

async function withTimeLimit<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} exceeded its time limit of ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

function previousResults(): FigureResult[] {
  if (!existsSync(RESULTS_PATH)) return [];
  try {
    return (JSON.parse(readFileSync(RESULTS_PATH, "utf8")) as BenchResults).figures ?? [];
  } catch {
    return [];
  }
}

async function main(): Promise<number> {
  const { quick, only, soakMs } = parseBenchArgs(
    process.argv.slice(2),
    FIGURES.map((f) => f.id),
  );
  const selected = FIGURES.filter((f) => !only || only.has(f.id));
  rmSync(WORK_DIR, { recursive: true, force: true });
  mkdirSync(WORK_DIR, { recursive: true });
  log(`${quick ? "quick" : "full"} run of ${selected.map((f) => f.id).join(", ")}; data in ${WORK_DIR}`);

  if (selected.some((f) => f.needsConsole)) {
    log("checking the production build (npm run build:test builds when stale)");
    const buildMs = await ensureBuilt(WORK_DIR);
    log(`build ready after ${(buildMs / 1000).toFixed(1)} s`);
  }

  const ctx = createContext(quick, soakMs, WORK_DIR, log);
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    log("interrupted: stopping the console");
    void ctx.stopConsole().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const results: FigureResult[] = [];
  const benchStartMs = performance.now();
  try {
    for (const figure of selected) {
      // The in-process emulator figure runs on a machine where the console is not running at all.
      if (!figure.needsConsole) await ctx.stopConsole();
      const machine = describeMachine();
      log(`${figure.id}: ${figure.what}`);
      const startMs = performance.now();
      let outcome: FigureOutcome;
      try {
        outcome = await withTimeLimit(figure.run(ctx), figure.timeLimitMs(quick, soakMs), figure.id);
      } catch (error) {
        log(`${figure.id} failed: ${(error as Error).stack ?? String(error)}`);
        outcome = { status: "error", reason: (error as Error).message, sizes: {}, measures: [], notes: [] };
      }
      const result: FigureResult = {
        id: figure.id,
        what: figure.what,
        mode: quick ? "quick" : "full",
        reproduce: `npm run bench --${quick ? " --quick" : ""} --only ${figure.id}`,
        durationMs: Math.round(performance.now() - startMs),
        machine,
        ...outcome,
        pass: figurePass(outcome.measures),
      };
      results.push(result);
      for (const m of result.measures) {
        const goal = m.goal ? ` (goal ${m.goal.op} ${m.goal.value}: ${m.pass ? "pass" : "FAIL"})` : "";
        log(`  ${m.name}: median ${round(m.median)} ${m.unit}, min ${round(m.min)}, max ${round(m.max)}, ${m.runs} runs${goal}`);
      }
      if (result.status !== "measured") log(`  ${result.status}: ${result.reason}`);
    }
  } finally {
    await ctx.stopConsole();
  }

  const merged = [...previousResults().filter((f) => !results.some((r) => r.id === f.id)), ...results].sort((a, b) =>
    a.id.localeCompare(b.id, "en", { numeric: true }),
  );
  const report: BenchResults = { generatedAt: new Date().toISOString(), machine: describeMachine(), figures: merged };
  writeFileSync(RESULTS_PATH, `${JSON.stringify(report, null, 2)}\n`);
  writeReport(REPORT_PATH, report, "# Benchmarks\n");
  log(`wrote ${RESULTS_PATH} and ${REPORT_PATH}; figures took ${((performance.now() - benchStartMs) / 1000).toFixed(0)} s`);
  return results.some((r) => r.status === "error") ? 1 : 0;
}

function round(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
