import { getProcessor } from "../parallel/processors";
import type { SampleBody } from "../contracts/group-sample";

/** The audit log's account of a sample: how many runs on which processor, at what estimated cost. */
export function describeSample(sample: Pick<SampleBody, "processor" | "method">, count: number) {
  const usdPerRun = (getProcessor(sample.processor)?.usdPer1000Runs ?? 0) / 1000;
  return {
    count,
    processors: { [sample.processor]: count },
    estimatedUsd: Math.round(count * usdPerRun * 10_000) / 10_000,
    method: sample.method,
  };
}
