import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { connect } from "node:net";
import { join, resolve } from "node:path";
import { BENCH_OWNER, signInToConsole, type ConsoleCredentials } from "./console-sign-in";
import { commandLine, descendants, processGroupMembers, treeCpuSeconds } from "./proc";

// The console as users run it: `npm start` (scripts/start.ts) builds if stale, starts the embedded
// emulator in its own process and `next start` as a child. The benchmark drives it over loopback.

export const ROOT = resolve(__dirname, "..", "..");
/** Shifts both ports, so two checkouts on one machine can run the benchmark side by side. */
const PORT_OFFSET = portOffset(process.env.BENCH_PORT_OFFSET);
export const CONSOLE_PORT = 3200 + PORT_OFFSET;
export const EMULATOR_PORT = 4210 + PORT_OFFSET;
/** The emulator demands this key; the benchmark calls the emulator directly with it too. */
export const BENCH_API_KEY = "bench-emulator-key";
const READY_TIMEOUT_MS = 600_000;
const STOP_TIMEOUT_MS = 15_000;

const TSX = join(ROOT, "node_modules", ".bin", "tsx");

export interface ConsoleServer {
  url: string;
  /** The benchmark's owner, signed in: its API token's headers, and its session for browsers. */
  credentials: ConsoleCredentials;
  emulator: { url: string; apiKey: string };
  /** The `next start` process: the one that relays, fans out and caches (not the emulator's). */
  nextPid: number;
  /** CPU seconds used so far by the emulator's side of `npm start` (everything but next-server). */
  emulatorCpuSeconds: () => number;
  /** The console's own database (read by B3 to check that forgetting a group empties its cache). */
  consoleDbPath: string;
  logPath: string;
  stop: () => Promise<void>;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

async function runStep(args: string[], logPath: string, timeoutMs: number): Promise<void> {
  const log = createWriteStream(logPath, { flags: "a" });
  const child = spawn(TSX, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = await waitForExit(child, timeoutMs);
  if (!exited) {
    child.kill("SIGTERM");
    throw new Error(`${args.join(" ")} did not finish within ${timeoutMs} ms (see ${logPath})`);
  }
  if (child.exitCode !== 0) throw new Error(`${args.join(" ")} failed with exit ${child.exitCode} (see ${logPath})`);
}

/**
 * `npm run build:test`: builds when anything the build ships changed (with the key canary, like the
 * e2e suite, so the two never disagree about the build). Returns the time it took.
 */
export async function ensureBuilt(workDir: string): Promise<number> {
  const startMs = performance.now();
  await runStep(["scripts/build-for-tests.ts"], join(workDir, "build.log"), 900_000);
  return performance.now() - startMs;
}

export interface StartConsoleOptions {
  workDir: string;
  /** Extra EMULATOR_* (or other) variables. */
  env?: Record<string, string>;
  port?: number;
  emulatorPort?: number;
  name?: string;
}

export async function startConsole(options: StartConsoleOptions): Promise<ConsoleServer> {
  const { workDir, port = CONSOLE_PORT, emulatorPort = EMULATOR_PORT, name = "console" } = options;
  // A server left on these ports would answer in place of the one started here.
  for (const p of [port, emulatorPort]) {
    if (await isListening(p)) throw new Error(`port ${p} is already in use on 127.0.0.1; stop what listens there first`);
  }
  mkdirSync(workDir, { recursive: true });
  const logPath = join(workDir, `${name}.log`);
  const consoleDbPath = join(workDir, `${name}-console.db`);
  const log = createWriteStream(logPath, { flags: "a" });
  const child = spawn(TSX, ["scripts/start.ts"], {
    cwd: ROOT,
    // Its own process group, so a failed start can be cleaned up whole.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      // Empty means unset: the benchmark always runs against the embedded emulator.
      PARALLEL_API_KEY: "",
      PARALLEL_BASE_URL: "",
      PORT: String(port),
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_DB: join(workDir, `${name}-emulator.db`),
      CONSOLE_DB: consoleDbPath,
      EMULATOR_API_KEY: BENCH_API_KEY,
      NEXT_TELEMETRY_DISABLED: "1",
      CONSOLE_ADMIN_EMAIL: BENCH_OWNER.email,
      CONSOLE_ADMIN_PASSWORD: BENCH_OWNER.password,
      ...options.env,
    },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);

  const url = `http://127.0.0.1:${port}`;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  // If the benchmark dies without stopping it, the console's process group must not outlive it.
  const killOnExit = () => signalGroup("SIGTERM");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.off("exit", killOnExit);
    // A clean stop first (npm start forwards it to next and closes the emulator), then whatever of
    // the process group is left: `next-server` can outlive a start script that was stopped early.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await waitForExit(child, STOP_TIMEOUT_MS);
    }
    for (const signal of ["SIGTERM", "SIGKILL"] as const) {
      if (processGroupMembers(child.pid!).length === 0) return;
      signalGroup(signal);
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      while (processGroupMembers(child.pid!).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    }
  };

  try {
    await waitUntilReady(url, child, logPath);
    const nextPid = descendants(child.pid!).find((pid) => /next-server|next start/.test(commandLine(pid)));
    if (!nextPid) throw new Error(`started, but no next-server process was found under pid ${child.pid}`);
    const credentials = await signInToConsole(url);
    return {
      url,
      credentials,
      emulator: { url: `http://127.0.0.1:${emulatorPort}`, apiKey: BENCH_API_KEY },
      nextPid,
      emulatorCpuSeconds: () => treeCpuSeconds(child.pid!, [nextPid]),
      consoleDbPath,
      logPath,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilReady(url: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before it was ready (see ${logPath})`);
    try {
      const response = await fetch(`${url}/api/health`);
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the console did not answer within ${READY_TIMEOUT_MS} ms (see ${logPath})`);
}

function portOffset(value: string | undefined): number {
  if (value === undefined || value === "") return 0;
  const offset = Number(value);
  if (!Number.isInteger(offset) || offset < 0 || offset > 10_000)
    throw new Error(`BENCH_PORT_OFFSET must be an integer from 0 to 10000, got "${value}"`);
  return offset;
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
