import { costMicroUsd, DOCUMENTED_PRICES, microToUsd, type PriceTable } from "../parallel/price-table";

export interface AddedRunsSummary {
  count: number;
  /** Runs per processor. */
  processors: Record<string, number>;
  /** Processor price × runs, in USD; processors without a known price count as 0. */
  estimatedUsd: number;
  /** How many of them retry an earlier run (`metadata.retry_of`). */
  retries: number;
}

interface AddRunsBody {
  inputs?: { processor?: unknown; metadata?: { retry_of?: unknown } | null }[];
  default_task_spec?: unknown;
}

/** What an add-runs request body asks for, at `prices`, for the audit log and the spend ledger. A body that does not parse counts as nothing. */
export function describeAddedRuns(requestBody: string, prices: PriceTable = DOCUMENTED_PRICES): AddedRunsSummary {
  let parsed: AddRunsBody;
  try {
    parsed = JSON.parse(requestBody) as AddRunsBody;
  } catch {
    return { count: 0, processors: {}, estimatedUsd: 0, retries: 0 };
  }
  const inputs = Array.isArray(parsed.inputs) ? parsed.inputs : [];
  const processors: Record<string, number> = {};
  let estimatedMicroUsd = 0;
  let retries = 0;
  for (const input of inputs) {
    const processor = typeof input.processor === "string" ? input.processor : "unknown";
    processors[processor] = (processors[processor] ?? 0) + 1;
    estimatedMicroUsd += costMicroUsd(prices, processor, 1);
    if (input.metadata?.retry_of !== undefined) retries += 1;
  }
  return { count: inputs.length, processors, estimatedUsd: Math.round(microToUsd(estimatedMicroUsd) * 10_000) / 10_000, retries };
}
