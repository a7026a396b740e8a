import { PROCESSORS } from "./processors";

/** USD per 1,000 runs, by processor name: the documented prices with any negotiated overrides applied. */
export type PriceTable = Readonly<Record<string, number>>;

/** Spend is counted in millionths of a dollar so that sums of runs × prices stay exact integers. */
export const MICRO_USD_PER_USD = 1_000_000;
const RUNS_PER_PRICE = 1_000;

export const DOCUMENTED_PRICES: PriceTable = Object.fromEntries(PROCESSORS.map((p) => [p.name, p.usdPer1000Runs]));

/**
 * The documented prices with `overrides` applied. An override of a base processor ("core") also
 * prices its -fast variant, which the API bills the same, unless the variant has its own override.
 */
export function priceTable(overrides: Readonly<Record<string, number>>): PriceTable {
  const table: Record<string, number> = { ...DOCUMENTED_PRICES };
  for (const p of PROCESSORS) {
    const base = p.fast ? p.name.slice(0, -"-fast".length) : p.name;
    const price = overrides[p.name] ?? overrides[base];
    if (price !== undefined) table[p.name] = price;
  }
  return table;
}

/** What `runs` runs of `processor` cost, in micro-USD; a processor without a price costs nothing. */
export function costMicroUsd(prices: PriceTable, processor: string, runs: number): number {
  return Math.round(((prices[processor] ?? 0) * MICRO_USD_PER_USD * runs) / RUNS_PER_PRICE);
}

export function microToUsd(microUsd: number): number {
  return microUsd / MICRO_USD_PER_USD;
}

export function usdToMicro(usd: number): number {
  return Math.round(usd * MICRO_USD_PER_USD);
}
