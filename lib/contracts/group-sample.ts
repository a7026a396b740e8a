import { z } from "zod";
import { SAMPLE_METHODS } from "../compare/pick-sample";
import { getProcessor } from "../parallel/processors";
import { taskSpecSchema } from "../parallel/schemas/task-run-input";
import type { GroupEntry } from "../registry/group-entry";
import { groupUrl, type GroupParams } from "./group";

// POST /api/groups/{id}/samples: "Try with another processor": a new group running a sample of
// this group's inputs on another processor, optionally with an edited task spec.

export { groupParamsSchema as groupSampleParamsSchema } from "./group";

/** One add-runs request: the whole sample is created or none of it. */
export const MAX_SAMPLE_RUNS = 1_000;
export const MAX_SAMPLE_SEED = 2 ** 31 - 1;
export const MAX_SAMPLE_BODY_BYTES = 64 * 1024;

export const sampleBodySchema = z.strictObject({
  method: z.enum(SAMPLE_METHODS),
  size: z.number().int().min(1).max(MAX_SAMPLE_RUNS, `must be at most ${MAX_SAMPLE_RUNS} runs`),
  /** Only for `random`; the same seed draws the same rows. */
  seed: z.number().int().min(0).max(MAX_SAMPLE_SEED).default(0),
  processor: z.string().refine((name) => getProcessor(name) !== undefined, "must be a processor the API offers (lite, base, core, …)"),
  /** Replaces each run's task spec; null or absent keeps each run's own. */
  task_spec: taskSpecSchema.nullish(),
  name: z.string().trim().max(200).optional(),
});
export type SampleBody = z.input<typeof sampleBodySchema>;

export interface SampleGroup {
  group: GroupEntry;
  runIds: string[];
  sourceGroupId: string;
}

export function groupSamplesUrl(params: GroupParams): string {
  return `${groupUrl(params)}/samples`;
}
