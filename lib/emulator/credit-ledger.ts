import { getProcessor } from "../parallel/processors";
import type { EmulatorStore } from "./store";

// Amounts in micro-dollars, so prices of a fraction of a cent add up exactly.
const MICRO_USD_PER_USD = 1_000_000;
const RUNS_PER_PRICE = 1_000;

function priceMicroUsd(processor: string): number {
  return ((getProcessor(processor)?.usdPer1000Runs ?? 0) * MICRO_USD_PER_USD) / RUNS_PER_PRICE;
}

export type Charge = { ok: true } | { ok: false; neededUsd: number; leftUsd: number };

/**
 * The account's credit: every run created is charged its processor's price, so the credit spent is
 * what the database's runs cost (a restart keeps it). Without a limit nothing is refused.
 */
export class CreditLedger {
  private spentMicroUsd: number;

  constructor(
    private readonly limitUsd: number | undefined,
    store: EmulatorStore,
  ) {
    this.spentMicroUsd = store.runsPerProcessor().reduce((sum, { processor, n }) => sum + priceMicroUsd(processor) * n, 0);
  }

  /** Charges the runs when the credit left covers them all; charges nothing otherwise. */
  charge(processors: readonly string[]): Charge {
    if (this.limitUsd === undefined) return { ok: true };
    const cost = processors.reduce((sum, p) => sum + priceMicroUsd(p), 0);
    const left = this.limitUsd * MICRO_USD_PER_USD - this.spentMicroUsd;
    if (cost > left) return { ok: false, neededUsd: cost / MICRO_USD_PER_USD, leftUsd: Math.max(0, left) / MICRO_USD_PER_USD };
    this.spentMicroUsd += cost;
    return { ok: true };
  }
}
