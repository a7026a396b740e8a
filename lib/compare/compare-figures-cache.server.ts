import "server-only";
import type { CompareFigures } from "../contracts/compare";
import type { ConsoleDatabase } from "../registry/database-schema";

// Computed figures per comparison (groups, in order, and match), per database; an entry is used only
// while its version (the groups' cache versions) is current, so nothing needs invalidating.

const MAX_CACHED_COMPARISONS = 100;

const cacheByDb = new WeakMap<ConsoleDatabase, Map<string, CompareFigures>>();

export function cachedFigures(db: ConsoleDatabase, key: string, version: string): CompareFigures | undefined {
  const entry = cacheByDb.get(db)?.get(key);
  return entry?.version === version ? entry : undefined;
}

export function cacheFigures(db: ConsoleDatabase, key: string, figures: CompareFigures): void {
  let cache = cacheByDb.get(db);
  if (!cache) cacheByDb.set(db, (cache = new Map()));
  cache.delete(key);
  cache.set(key, figures);
  // Maps iterate in insertion order: the first key is the least recently computed.
  if (cache.size > MAX_CACHED_COMPARISONS) cache.delete(cache.keys().next().value as string);
}
