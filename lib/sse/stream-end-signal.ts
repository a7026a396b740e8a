import "server-only";
import { EventEmitter } from "node:events";

export interface StreamEndSignal {
  /** Tells this process's live streams of `key` to check again now. */
  announce(key: string): void;
  /** Calls `recheck` whenever `key` is announced in this process; returns the unsubscribe. */
  subscribe(key: string, recheck: () => void): () => void;
}

/**
 * A process-wide signal stored on globalThis under `globalName`: route bundles are separate module
 * graphs but one process, and a change made by one must reach the live streams another holds.
 */
export function streamEndSignal(globalName: string): StreamEndSignal {
  const globals = globalThis as typeof globalThis & Record<string, EventEmitter | undefined>;
  const emitter = (globals[globalName] ??= new EventEmitter().setMaxListeners(0));
  return {
    announce: (key) => {
      emitter.emit(key);
    },
    subscribe: (key, recheck) => {
      emitter.on(key, recheck);
      return () => emitter.off(key, recheck);
    },
  };
}
