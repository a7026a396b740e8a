import type { ProcessorInfo } from "../parallel/processors";

export interface Estimate {
  runs: number;
  usd: number;
  /** One run's latency range: runs execute in parallel, so this is also roughly how long the group takes. */
  minMs: number;
  maxMs: number;
}

export function estimateRuns(runs: number, processor: ProcessorInfo): Estimate {
  return { runs, usd: (runs * processor.usdPer1000Runs) / 1_000, minMs: processor.minLatencyMs, maxMs: processor.maxLatencyMs };
}

export function formatUsd(usd: number): string {
  if (usd > 0 && usd < 0.01) return "< $0.01";
  return usd.toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "10 s", "1 min", "1 min 30 s", "2 h" — a latency, rounded to what a person plans with. */
export function formatLatency(ms: number): string {
  const seconds = Math.round(ms / 1_000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const restSeconds = seconds % 60;
  if (minutes < 60) return restSeconds === 0 || minutes >= 10 ? `${Math.round(seconds / 60)} min` : `${minutes} min ${restSeconds} s`;
  const hours = Math.floor(minutes / 60);
  const restMinutes = Math.round(minutes % 60);
  return restMinutes === 0 ? `${hours} h` : `${hours} h ${restMinutes} min`;
}

export function formatLatencyRange(minMs: number, maxMs: number): string {
  return `${formatLatency(minMs)}–${formatLatency(maxMs)}`;
}
