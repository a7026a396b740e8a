// Summaries of repeated measurements: the median is the figure, min and max show the spread.

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100) by linear interpolation between closest ranks. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export function summarize(values: number[]): Summary {
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    runs: values.length,
  };
}

/**
 * Runs every variant once per round, in the same order each round (A B A B …), so that a ratio is
 * taken between measurements made seconds apart; returns each variant's values by round.
 */
export async function alternateRounds<K extends string>(
  rounds: number,
  variants: Record<K, () => Promise<number>>,
  onValue?: (variant: K, round: number, value: number) => void,
): Promise<Record<K, number[]>> {
  const keys = Object.keys(variants) as K[];
  const values = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const key of keys) {
      const value = await variants[key]();
      values[key].push(value);
      onValue?.(key, round, value);
    }
  }
  return values;
}

/** Per-round ratios a[i] / b[i]: a ratio is only ever taken between measurements of the same round. */
export function roundRatios(a: number[], b: number[]): number[] {
  return a.map((value, i) => value / b[i]);
}
