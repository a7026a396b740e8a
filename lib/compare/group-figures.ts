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

/** The 1-based rank of quantile `q` (0–1) among `count` sorted values, nearest rank; 0 for none. */
export function quantileRank(count: number, q: number): number {
  return count === 0 ? 0 : Math.min(count, Math.max(1, Math.ceil(q * count)));
}

/** The value at quantile `q` (0–1) of sorted numbers, nearest rank; null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  return sorted.length === 0 ? null : sorted[quantileRank(sorted.length, q) - 1];
}

export function latencyMsOf(createdAt: string | null, modifiedAt: string | null, status: string): number | null {
  if (!TERMINAL.has(status) || !createdAt || !modifiedAt) return null;
  const ms = Date.parse(modifiedAt) - Date.parse(createdAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

/** A group's runs counted (as SQL can count them) with its latency quantiles. */
export interface GroupRunCounts {
  /** Runs per (processor, status). */
  counts: ReadonlyArray<{ processor: string; status: string; runs: number }>;
  medianLatencyMs: number | null;
  p90LatencyMs: number | null;
}

export function groupFiguresOf({ counts, medianLatencyMs, p90LatencyMs }: GroupRunCounts): GroupFigures {
  const byProcessor: Record<string, number> = {};
  let runs = 0;
  let completed = 0;
  let failed = 0;
  let terminal = 0;
  for (const { processor, status, runs: n } of counts) {
    byProcessor[processor] = (byProcessor[processor] ?? 0) + n;
    runs += n;
    if (status === "completed") completed += n;
    if (status === "failed") failed += n;
    if (TERMINAL.has(status)) terminal += n;
  }
  return {
    runs,
    completed,
    failed,
    failureRate: terminal === 0 ? null : failed / terminal,
    costUsd: costOf(byProcessor),
    medianLatencyMs,
    p90LatencyMs,
  };
}

export function groupFigures(runs: readonly GroupRunFacts[]): GroupFigures {
  const latencies = runs.flatMap((run) => (run.latencyMs === null ? [] : [run.latencyMs])).sort((a, b) => a - b);
  return groupFiguresOf({
    counts: runs.map(({ processor, status }) => ({ processor, status, runs: 1 })),
    medianLatencyMs: quantile(latencies, 0.5),
    p90LatencyMs: quantile(latencies, 0.9),
  });
}
