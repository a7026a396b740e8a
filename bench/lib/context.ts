import { join } from "node:path";
import { startConsole, type ConsoleServer } from "./console-server";
import { buildFinishedGroup, type EmulatorTarget } from "./emulator-client";

// What every figure gets: the mode, a data folder, a log, the console (started on first use and
// shared) and finished groups of a given size on its emulator (built once, reused across figures).

/** How the benchmark's console runs its emulator: fast enough that 1,000,000 runs finish in about a minute. */
export const BENCH_EMULATOR_ENV = {
  // lite runs take 0.1–0.6 s, pro runs 1.2–6 s.
  EMULATOR_TIME_SCALE: "0.01",
  // Large groups finish at the scheduler's pace instead of 2,000 at a time; B4's 2,000 runs all start at once.
  EMULATOR_CONCURRENCY: "50000",
} as const;

export interface BenchContext {
  quick: boolean;
  /** `--soak-minutes`: how long B10 churns instead of its default (20 min, 2 with --quick). */
  soakMs: number | null;
  workDir: string;
  log: (message: string) => void;
  console: () => Promise<ConsoleServer>;
  emulatorTarget: () => Promise<EmulatorTarget>;
  /** A group of `runs` completed runs (with inputs and outputs) on the console's emulator, unknown to the console. */
  finishedGroup: (runs: number) => Promise<string>;
  /** A fresh group of `runs` completed runs each time (for figures that need a group nobody has seen). */
  newFinishedGroup: (runs: number) => Promise<string>;
  stopConsole: () => Promise<void>;
}

export function createContext(quick: boolean, soakMs: number | null, workDir: string, log: (message: string) => void): BenchContext {
  let server: Promise<ConsoleServer> | null = null;
  const groups = new Map<number, Promise<string>>();

  const consoleServer = () => {
    server ??= startConsole({ workDir: join(workDir, "console"), env: BENCH_EMULATOR_ENV }).then((s) => {
      log(`console on ${s.url} (next-server pid ${s.nextPid}), emulator on ${s.emulator.url}`);
      return s;
    });
    return server;
  };
  const emulatorTarget = async () => (await consoleServer()).emulator;
  const newFinishedGroup = async (runs: number) => {
    const target = await emulatorTarget();
    const built = await buildFinishedGroup(target, { runs, timeLimitMs: 600_000 });
    log(`built a finished group of ${runs.toLocaleString("en-US")} runs in ${(built.readyMs / 1000).toFixed(1)} s (${built.groupId})`);
    return built.groupId;
  };

  return {
    quick,
    soakMs,
    workDir,
    log,
    console: consoleServer,
    emulatorTarget,
    newFinishedGroup,
    finishedGroup: (runs) => {
      let group = groups.get(runs);
      if (!group) groups.set(runs, (group = newFinishedGroup(runs)));
      return group;
    },
    stopConsole: async () => {
      if (!server) return;
      const running = await server.catch(() => null);
      server = null;
      await running?.stop();
    },
  };
}
