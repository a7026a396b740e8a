import "server-only";
import type { PriceTable } from "../parallel/price-table";
import { parsePriceEnv } from "./parse-price-env";

let cached: PriceTable | undefined;

/** The effective price table: parsed from CONSOLE_PRICES on first use, then kept. */
export function getPriceTable(): PriceTable {
  cached ??= parsePriceEnv(process.env);
  return cached;
}
