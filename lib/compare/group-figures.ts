import { getProcessor } from "../parallel/processors";

// Per group: what it cost, how long its runs took, how many failed.

export interface GroupRunFacts {
  processor: string;
  status: string;
  /** created_at → modified_at of a terminal run, null while it is active or when a time is missing. */
  latencyMs: number | null;
}

export interface GroupFigures {
  runs: number;
  completed: number;
  failed: number;
  /** failed ÷ terminal runs; null before any run ended. */
  failureRate: number | null;
  /** Processor price × runs, summed over the processors the runs used; null when one is unknown. */
  costUsd: number | null;
  medianLatencyMs: number | null;
  p90LatencyMs: number | null;
}

const TERMINAL = new Set(["completed", "failed", "cancelled"]);

/** Processor name → run count, then the rest: the cost needs only counts, so SQL can group them. */
export function costOf(runsByProcessor: Readonly<Record<string, number>>): number | null {
  // In thousandths of a dollar: prices are whole dollars per 1,000 runs, so the sum stays exact.
  let milliUsd = 0;
  for (const [name, runs] of Object.entries(runsByProcessor)) {
    const processor = getProcessor(name);
    if (!processor) return null;
    milliUsd += processor.usdPer1000Runs * runs;
  }
  return milliUsd / 1_000;
}

/** The value at quantile `q` (0–1) of sorted numbers, nearest rank; null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function latencyMsOf(createdAt: string | null, modifiedAt: string | null, status: string): number | null {
  if (!TERMINAL.has(status) || !createdAt || !modifiedAt) return null;
  const ms = Date.parse(modifiedAt) - Date.parse(createdAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

export function groupFigures(runs: readonly GroupRunFacts[]): GroupFigures {
  const byProcessor: Record<string, number> = {};
  let completed = 0;
  let failed = 0;
  let terminal = 0;
  const latencies: number[] = [];
  for (const run of runs) {
    byProcessor[run.processor] = (byProcessor[run.processor] ?? 0) + 1;
    if (run.status === "completed") completed += 1;
    if (run.status === "failed") failed += 1;
    if (TERMINAL.has(run.status)) terminal += 1;
    if (run.latencyMs !== null) latencies.push(run.latencyMs);
  }
  latencies.sort((a, b) => a - b);
  return {
    runs: runs.length,
    completed,
    failed,
    failureRate: terminal === 0 ? null : failed / terminal,
    costUsd: costOf(byProcessor),
    medianLatencyMs: quantile(latencies, 0.5),
    p90LatencyMs: quantile(latencies, 0.9),
  };
}
