import { microToUsd } from "../parallel/price-table";

/** `$1,234.56`, with cents, and down to a hundredth of a cent when a single cheap run needs it. */
export function formatMicroUsd(microUsd: number): string {
  return microToUsd(microUsd).toLocaleString("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
}
