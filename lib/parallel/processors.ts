// The documented processors: latency range and price (USD per 1,000 runs), from the shared API README.

export interface ProcessorInfo {
  name: string;
  minLatencyMs: number;
  maxLatencyMs: number;
  usdPer1000Runs: number;
  fast: boolean;
}

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

const BASE_PROCESSORS: ReadonlyArray<Omit<ProcessorInfo, "fast">> = [
  { name: "lite", minLatencyMs: 10 * SECOND_MS, maxLatencyMs: 60 * SECOND_MS, usdPer1000Runs: 5 },
  { name: "base", minLatencyMs: 15 * SECOND_MS, maxLatencyMs: 100 * SECOND_MS, usdPer1000Runs: 10 },
  { name: "core", minLatencyMs: 60 * SECOND_MS, maxLatencyMs: 5 * MINUTE_MS, usdPer1000Runs: 25 },
  { name: "core2x", minLatencyMs: 60 * SECOND_MS, maxLatencyMs: 10 * MINUTE_MS, usdPer1000Runs: 50 },
  { name: "pro", minLatencyMs: 2 * MINUTE_MS, maxLatencyMs: 10 * MINUTE_MS, usdPer1000Runs: 100 },
  { name: "ultra", minLatencyMs: 5 * MINUTE_MS, maxLatencyMs: 25 * MINUTE_MS, usdPer1000Runs: 300 },
  { name: "ultra2x", minLatencyMs: 5 * MINUTE_MS, maxLatencyMs: 50 * MINUTE_MS, usdPer1000Runs: 600 },
  { name: "ultra4x", minLatencyMs: 5 * MINUTE_MS, maxLatencyMs: 90 * MINUTE_MS, usdPer1000Runs: 1_200 },
  { name: "ultra8x", minLatencyMs: 5 * MINUTE_MS, maxLatencyMs: 2 * HOUR_MS, usdPer1000Runs: 2_400 },
];

// The README says -fast variants are "roughly 2–5× faster" at the same price; we take the middle (3.5×).
const FAST_SPEEDUP = 3.5;

export const PROCESSORS: ReadonlyArray<ProcessorInfo> = BASE_PROCESSORS.flatMap((p) => [
  { ...p, fast: false },
  {
    ...p,
    name: `${p.name}-fast`,
    minLatencyMs: Math.round(p.minLatencyMs / FAST_SPEEDUP),
    maxLatencyMs: Math.round(p.maxLatencyMs / FAST_SPEEDUP),
    fast: true,
  },
]);

const BY_NAME = new Map(PROCESSORS.map((p) => [p.name, p]));

export function getProcessor(name: string): ProcessorInfo | undefined {
  return BY_NAME.get(name);
}
