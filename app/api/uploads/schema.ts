import { z } from "zod";
import { GROUP_ID_PATTERN } from "@/lib/parallel/group-reference";
import { BATCH_STATES, UPLOAD_KINDS, UPLOAD_STATES } from "@/lib/registry/uploads/uploads-schema";

// Registration lists every batch with its outcome, ~125 bytes each: 5,000 batches (5,000,000 rows) fit.
export const MAX_UPLOAD_BODY_BYTES = 1024 * 1024;
const MAX_BATCHES = 5_000;

export const uploadIdSchema = z.string().regex(/^upl_[0-9a-f]{8,64}$/, "must be an upload id: upl_ followed by hex digits");
const count = z.number().int().min(0);

export const registerUploadBodySchema = z.strictObject({
  id: uploadIdSchema,
  group_id: z.string().regex(GROUP_ID_PATTERN, "must be a group id"),
  kind: z.enum(UPLOAD_KINDS),
  label: z.string().max(500),
  total_rows: count,
  batches: z
    .array(
      z.strictObject({
        index: count,
        row_count: count,
        first_row: count,
        last_row: count,
        // A resumed upload sends what its journal knows, so outcomes a reload kept from the registry are caught up.
        state: z.enum(BATCH_STATES).optional(),
        submitted_rows: count.optional(),
        attempts: count.optional(),
      }),
    )
    .max(MAX_BATCHES),
});

export const listUploadsQuerySchema = z.object({ group_id: z.string().regex(GROUP_ID_PATTERN, "must be a group id") });

export const uploadParamsSchema = z.object({ id: uploadIdSchema });

export const uploadStateBodySchema = z.strictObject({ state: z.enum(UPLOAD_STATES) });

export const batchParamsSchema = z.object({ id: uploadIdSchema, n: z.coerce.number().int().min(0).max(MAX_BATCHES) });

export const batchOutcomeBodySchema = z.strictObject({
  state: z.enum(BATCH_STATES),
  submitted_rows: count,
  attempts: count,
  error: z.string().max(2_000).nullable(),
});
