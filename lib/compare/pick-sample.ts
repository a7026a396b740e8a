// Which runs of a group a "Try with another processor" sample takes: the first N, a random N drawn
// from a shown seed (the same seed draws the same rows again), or the failed ones.

export const SAMPLE_METHODS = ["first", "random", "failed"] as const;
export type SampleMethod = (typeof SAMPLE_METHODS)[number];

export interface SampleCandidate {
  runId: string;
  position: number;
  status: string;
}

export interface SampleSpec {
  method: SampleMethod;
  size: number;
  /** Used by `random` only. */
  seed: number;
}

/** The chosen runs in the group's order; `failed` takes up to `size` failed runs. */
export function pickSample(runs: readonly SampleCandidate[], { method, size, seed }: SampleSpec): SampleCandidate[] {
  const ordered = [...runs].sort((a, b) => a.position - b.position);
  if (method === "first") return ordered.slice(0, size);
  if (method === "failed") return ordered.filter((run) => run.status === "failed").slice(0, size);
  // A partial Fisher–Yates shuffle: the first `size` slots are a uniform sample.
  const next = mulberry32(seed);
  const pool = [...ordered];
  const take = Math.min(size, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, take).sort((a, b) => a.position - b.position);
}

/** A small seeded generator of floats in [0, 1): the same seed gives the same draws everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fresh seed to show the user before drawing. */
export function newSampleSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}
