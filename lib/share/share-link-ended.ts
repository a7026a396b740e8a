import "server-only";
import { EventEmitter } from "node:events";

// On globalThis: route bundles are separate module graphs in one process, and a revocation made by one
// must reach the live streams another holds.
const globalForShares = globalThis as typeof globalThis & { __consoleShareLinkEnds?: EventEmitter };
const ends = (globalForShares.__consoleShareLinkEnds ??= new EventEmitter().setMaxListeners(0));

/** Tells this process's live streams of share link `id` that it was revoked. */
export function announceShareLinkEnded(id: string): void {
  ends.emit(id);
}

/** Calls `recheck` when share link `id` is revoked in this process; returns the unsubscribe. */
export function onShareLinkEnded(id: string, recheck: () => void): () => void {
  ends.on(id, recheck);
  return () => ends.off(id, recheck);
}
