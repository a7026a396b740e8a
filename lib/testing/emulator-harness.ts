import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startEmulator } from "@/lib/emulator";
import { createApiClient, type ApiClient } from "./api-client";

// Starts the emulator for a test on a random port with its database in a fresh temp directory,
// fast enough that a lite run takes 20–120 ms, and removes everything afterwards.

type StartOptions = NonNullable<Parameters<typeof startEmulator>[0]>;
export type TestEmulatorOptions = Partial<StartOptions>;

/** lite runs take 10–60 s at scale 1, so 20–120 ms here. */
export const TEST_TIME_SCALE = 0.002;

export interface TestEmulator {
  url: string;
  /** Connection counters of the running emulator (see EmulatorStats). */
  stats: () => ReturnType<Awaited<ReturnType<typeof startEmulator>>["stats"]>;
  dbPath: string;
  options: TestEmulatorOptions;
  /** A client for `/v1beta` carrying the emulator's API key, if it has one. */
  api: ApiClient;
  /** Stops the emulator but keeps its database (for restart tests). */
  stop(): Promise<void>;
  /** Starts a new emulator on the same database; the caller stops it (or calls cleanup on the first). */
  restart(overrides?: TestEmulatorOptions): Promise<TestEmulator>;
  /** Stops this emulator and every restart of it, and deletes the temp directory. */
  cleanup(): Promise<void>;
}

async function launch(dir: string, options: TestEmulatorOptions, siblings: Array<() => Promise<void>>): Promise<TestEmulator> {
  const dbPath = options.dbPath ?? path.join(dir, "emulator.db");
  const merged = { port: 0, timeScale: TEST_TIME_SCALE, ...options, dbPath } as StartOptions;
  const emulator = await startEmulator(merged);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await emulator.close();
  };
  siblings.push(stop);
  return {
    url: emulator.url,
    stats: () => emulator.stats(),
    dbPath,
    options: merged,
    api: createApiClient({ baseUrl: emulator.url, apiKey: merged.apiKey ?? undefined }),
    stop,
    restart: (overrides = {}) => launch(dir, { ...options, ...overrides, dbPath, port: 0 }, siblings),
    cleanup: async () => {
      for (const stopOne of siblings.splice(0)) await stopOne();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function startTestEmulator(options: TestEmulatorOptions = {}): Promise<TestEmulator> {
  const dir = await mkdtemp(path.join(tmpdir(), "emulator-test-"));
  try {
    return await launch(dir, options, []);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Runs `fn` against a fresh emulator and always cleans up. */
export async function withEmulator<T>(options: TestEmulatorOptions, fn: (emulator: TestEmulator) => Promise<T>): Promise<T> {
  const emulator = await startTestEmulator(options);
  try {
    return await fn(emulator);
  } finally {
    await emulator.cleanup();
  }
}

/** One emulator for a whole test file (each test still creates its own groups); read it inside tests. */
export function sharedEmulator(options: TestEmulatorOptions = {}): () => TestEmulator {
  let emulator: TestEmulator | undefined;
  beforeAll(async () => {
    emulator = await startTestEmulator(options);
  });
  afterAll(async () => {
    await emulator?.cleanup();
  });
  return () => {
    if (!emulator) throw new Error("sharedEmulator: read the emulator inside a test, after beforeAll has run");
    return emulator;
  };
}

export * from "./task-group-builders";
