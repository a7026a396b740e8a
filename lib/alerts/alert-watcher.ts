import "server-only";
import { alertTick, type AlertTickDeps } from "./alert-tick";

export interface AlertWatcher {
  /** Resolves once the tick in progress, if any, has ended; no tick starts after. */
  stop(): Promise<void>;
}

/**
 * Runs `alertTick` every `tickMs`, one tick at a time (a slow tick delays the next instead of
 * overlapping it). Errors are reported and the next tick goes ahead.
 */
export function startAlertWatcher(
  deps: () => Promise<AlertTickDeps>,
  tickMs: number,
  onError: (what: string, error: unknown) => void,
): AlertWatcher {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = (async () => {
        try {
          await alertTick({ ...(await deps()), onError });
        } catch (error) {
          onError("the alert watcher's tick", error);
        }
      })().finally(schedule);
    }, tickMs);
    // The watcher alone must not keep a process alive that is otherwise done.
    timer.unref();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
