import type { RunStatus } from "../../lib/parallel/types";

export interface CountsSample {
  at_ms: number;
  num_runs: number;
  counts: Partial<Record<RunStatus, number>>;
}

const TERMINAL: readonly RunStatus[] = ["completed", "failed", "cancelled"];
export const THROUGHPUT_WINDOW_MS = 60_000;
// Fewer seconds than this between the samples gives a rate too noisy to show.
const MIN_SPAN_MS = 2_000;

export function finishedCount(counts: Partial<Record<RunStatus, number>>): number {
  return TERMINAL.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
}

export interface ProgressStats {
  finished: number;
  total: number;
  /** 0–1. */
  fraction: number;
  /** Runs finished per minute over the last minute of samples; null when unknown. */
  perMinute: number | null;
  /** Milliseconds until all runs are finished at that rate; null when unknown or done. */
  etaMs: number | null;
}

/**
 * Progress of a group from its current counts and its status history: throughput is the change in
 * finished runs between the latest sample and the oldest one within the last minute before it.
 */
export function progressStats(counts: Partial<Record<RunStatus, number>>, total: number, samples: readonly CountsSample[]): ProgressStats {
  const finished = finishedCount(counts);
  const fraction = total > 0 ? Math.min(1, finished / total) : 0;
  let perMinute: number | null = null;
  const latest = samples.at(-1);
  if (latest) {
    const from = samples.find((s) => s.at_ms >= latest.at_ms - THROUGHPUT_WINDOW_MS) ?? latest;
    const spanMs = latest.at_ms - from.at_ms;
    if (spanMs >= MIN_SPAN_MS) {
      perMinute = Math.max(0, ((finishedCount(latest.counts) - finishedCount(from.counts)) / spanMs) * 60_000);
    }
  }
  const remaining = Math.max(0, total - finished);
  const etaMs = remaining > 0 && perMinute !== null && perMinute > 0 ? (remaining / perMinute) * 60_000 : null;
  return { finished, total, fraction, perMinute, etaMs };
}

export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, "0")}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${String(m % 60).padStart(2, "0")}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

export function formatRate(perMinute: number): string {
  if (perMinute >= 100) return Math.round(perMinute).toLocaleString("en-US");
  if (perMinute >= 10) return perMinute.toFixed(0);
  return perMinute.toFixed(1);
}
