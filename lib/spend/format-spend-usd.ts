import { usdToMicro } from "../parallel/price-table";
import { formatMicroUsd } from "./format-micro-usd";

/** A spend in USD as the usage and budget pages show it: cents, or finer when a cheap run needs it. */
export function formatSpendUsd(usd: number): string {
  return formatMicroUsd(usdToMicro(usd));
}
