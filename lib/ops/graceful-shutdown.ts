import { endLiveStreams } from "./live-streams";
import { SHUTDOWN_STAGES, shutdownState } from "./shutdown-state";

export interface ShutdownReport {
  durationMs: number;
  /** Requests still unanswered when the bound passed (0 when every one finished). */
  unfinishedRequests: number;
  /** Closers that threw, by name: the process exits anyway. */
  failed: string[];
}

function waitForRequests(timeoutMs: number): Promise<void> {
  const state = shutdownState();
  if (state.inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      state.settled.delete(check);
      resolve();
    };
    const check = () => {
      if (state.inFlight === 0) done();
    };
    const timer = setTimeout(done, timeoutMs);
    state.settled.add(check);
  });
}

/**
 * Drains this process: readiness fails at once (a load balancer stops sending), every SSE stream ends
 * with a `retry:` hint (browsers reconnect, to another instance), requests in flight may finish within
 * `timeoutMs`, then the hub's upstream connections, background work and the database are closed.
 */
export async function shutDownGracefully(timeoutMs: number): Promise<ShutdownReport> {
  const startedMs = performance.now();
  const state = shutdownState();
  state.draining = true;
  await endLiveStreams();
  await waitForRequests(timeoutMs);
  const unfinishedRequests = state.inFlight;
  const failed: string[] = [];
  for (const stage of SHUTDOWN_STAGES) {
    const closers = [...state.closers].filter(([, closer]) => closer.stage === stage);
    await Promise.all(
      closers.map(async ([name, { close }]) => {
        try {
          await close();
        } catch {
          failed.push(name);
        }
      }),
    );
  }
  return { durationMs: Math.round(performance.now() - startedMs), unfinishedRequests, failed };
}
