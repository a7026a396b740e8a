import { z } from "zod";

// zod mirrors of the contract's request objects (openapi.tasks.json components), checked against it in tests.

export const metadataSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const jsonSchemaSpecSchema = z.object({
  type: z.literal("json").default("json"),
  json_schema: z.record(z.string(), z.unknown()),
});

export const textSchemaSpecSchema = z.looseObject({ type: z.literal("text").default("text") });
export const autoSchemaSpecSchema = z.looseObject({ type: z.literal("auto").default("auto") });

export const outputSchemaSchema = z.union([
  z.string(),
  z.looseObject({ type: z.literal("json"), json_schema: z.record(z.string(), z.unknown()) }),
  textSchemaSpecSchema.extend({ type: z.literal("text") }),
  autoSchemaSpecSchema.extend({ type: z.literal("auto") }),
]);

export const taskSpecSchema = z.looseObject({
  output_schema: outputSchemaSchema,
  input_schema: z.union([z.string(), jsonSchemaSpecSchema.extend({ type: z.literal("json") }), textSchemaSpecSchema]).nullish(),
});

export const WEBHOOK_EVENT_TYPES = ["task_run.status"] as const;

export const webhookSchema = z.looseObject({
  url: z.string(),
  event_types: z.array(z.enum(WEBHOOK_EVENT_TYPES)).optional(),
});

export const taskRunInputSchema = z.looseObject({
  processor: z.string().min(1),
  input: z.union([z.string(), z.record(z.string(), z.unknown())]),
  metadata: metadataSchema.nullish(),
  task_spec: taskSpecSchema.nullish(),
  source_policy: z.record(z.string(), z.unknown()).nullish(),
  advanced_settings: z.record(z.string(), z.unknown()).nullish(),
  previous_interaction_id: z.string().nullish(),
  mcp_servers: z.array(z.record(z.string(), z.unknown())).nullish(),
  enable_events: z.boolean().nullish(),
  webhook: webhookSchema.nullish(),
});

export const taskGroupRunRequestSchema = z.looseObject({
  inputs: z.array(taskRunInputSchema),
  default_task_spec: taskSpecSchema.nullish(),
});

export const createTaskGroupRequestSchema = z.looseObject({
  metadata: metadataSchema.nullish(),
});

export type TaskGroupRunRequestBody = z.infer<typeof taskGroupRunRequestSchema>;
