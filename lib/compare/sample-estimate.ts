import { PROCESSORS } from "../parallel/processors";
import { costOf } from "./group-figures";

// What a sample costs next to the full set, at each processor: the choice the user is about to make.

export interface ProcessorEstimate {
  processor: string;
  sampleUsd: number;
  fullUsd: number;
}

/** One row per processor (the -fast variants cost the same and are left out). */
export function sampleEstimates(sampleRuns: number, fullRuns: number): ProcessorEstimate[] {
  return PROCESSORS.filter((processor) => !processor.fast).map((processor) => ({
    processor: processor.name,
    sampleUsd: costOf({ [processor.name]: sampleRuns }) ?? 0,
    fullUsd: costOf({ [processor.name]: fullRuns }) ?? 0,
  }));
}
