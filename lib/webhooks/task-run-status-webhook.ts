import { z } from "zod";
import { metadataSchema } from "../parallel/schemas/task-run-input";
import { RUN_STATUSES } from "../parallel/types";

const apiErrorSchema = z.looseObject({
  ref_id: z.string(),
  message: z.string(),
  detail: z.record(z.string(), z.unknown()).nullish(),
});

const warningSchema = z.looseObject({
  type: z.enum(["spec_validation_warning", "input_validation_warning", "warning"]),
  message: z.string(),
  detail: z.record(z.string(), z.unknown()).nullish(),
});

/** The TaskRun of a webhook, as the run cache stores it (the contract's TaskRun; absent optional fields read as null). */
const webhookTaskRunSchema = z.looseObject({
  run_id: z.string().regex(/^trun_[A-Za-z0-9]{1,64}$/, "must be a run id (trun_…)"),
  interaction_id: z.string(),
  status: z.enum(RUN_STATUSES),
  is_active: z.boolean(),
  processor: z.string(),
  metadata: metadataSchema.nullish().transform((v) => v ?? null),
  taskgroup_id: z.string().regex(/^tgrp_[A-Za-z0-9]{1,64}$/, "must be a group id (tgrp_…); only runs of a group are followed"),
  created_at: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  modified_at: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  error: apiErrorSchema.nullish().transform((v) => v ?? null),
  warnings: z
    .array(warningSchema)
    .nullish()
    .transform((v) => v ?? null),
});

/** The body of Parallel's `task_run.status` webhook. */
export const taskRunStatusWebhookSchema = z.object({
  timestamp: z.string(),
  type: z.literal("task_run.status"),
  data: webhookTaskRunSchema,
});

export type TaskRunStatusWebhook = z.infer<typeof taskRunStatusWebhookSchema>;
