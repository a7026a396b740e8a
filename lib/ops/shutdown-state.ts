// What a graceful shutdown needs from the rest of the process, kept on globalThis: route handlers,
// instrumentation.ts and the gateway are bundled separately but run in one process. Owners register
// how to close what they hold (the database, the hub, the ingestions); this file imports none of them.

/** In order: streams end first, background work stops next, the database closes last. */
export type ShutdownStage = "connections" | "work" | "database";
export const SHUTDOWN_STAGES: ShutdownStage[] = ["connections", "work", "database"];

interface ShutdownState {
  draining: boolean;
  inFlight: number;
  /** Told whenever a request ends, so the drain waits on a condition, not a clock. */
  settled: Set<() => void>;
  closers: Map<string, { stage: ShutdownStage; close: () => Promise<void> | void }>;
}

const globalForShutdown = globalThis as typeof globalThis & { __consoleShutdown?: ShutdownState };

export function shutdownState(): ShutdownState {
  globalForShutdown.__consoleShutdown ??= { draining: false, inFlight: 0, settled: new Set(), closers: new Map() };
  return globalForShutdown.__consoleShutdown;
}

/** Registers (or replaces, by name) how to close something at shutdown. */
export function onShutdown(name: string, stage: ShutdownStage, close: () => Promise<void> | void): void {
  shutdownState().closers.set(name, { stage, close });
}

/** Whether the process is shutting down: readiness answers 503 so a load balancer stops sending requests. */
export function isDraining(): boolean {
  return shutdownState().draining;
}

/** Counts a request as in flight until `work` settles. */
export async function inFlight<T>(work: () => Promise<T>): Promise<T> {
  const state = shutdownState();
  state.inFlight++;
  try {
    return await work();
  } finally {
    state.inFlight--;
    for (const notify of [...state.settled]) notify();
  }
}
