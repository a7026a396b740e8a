import "server-only";
import { EventEmitter } from "node:events";

// On globalThis: route bundles are separate module graphs but one process, and a sign-out in one
// must reach the live streams held by another.
const globalForChanges = globalThis as typeof globalThis & { __consoleSessionChanges?: EventEmitter };
const changes = (globalForChanges.__consoleSessionChanges ??= new EventEmitter().setMaxListeners(0));

/** Tells this process's live streams of `userId` to check their session again now (signed out, revoked, removed, role changed). */
export function announceSessionChange(userId: string): void {
  changes.emit(userId);
}

/** Calls `recheck` whenever `userId`'s sessions or role change in this process; returns the unsubscribe. */
export function onSessionChange(userId: string, recheck: () => void): () => void {
  changes.on(userId, recheck);
  return () => changes.off(userId, recheck);
}
