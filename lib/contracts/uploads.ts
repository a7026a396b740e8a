import { z } from "zod";
import { GROUP_ID_PATTERN } from "../parallel/group-reference";
import { BATCH_STATES, UPLOAD_KINDS, UPLOAD_STATES, type UploadEntry } from "../registry/uploads/uploads-schema";
import { searchOf } from "./search-params";

// /api/uploads (GET list, POST register), /api/uploads/{id} (GET, PATCH state),
// /api/uploads/{id}/batches/{n} (PATCH outcome): the registry's copy of the browser's upload journal.

export type { UploadEntry };

// Registration lists every batch with its outcome, ~125 bytes each: 5,000 batches (5,000,000 rows) fit.
export const MAX_UPLOAD_BODY_BYTES = 1024 * 1024;
export const MAX_UPLOAD_BATCHES = 5_000;

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
    .max(MAX_UPLOAD_BATCHES),
});
/** @public Part of the endpoint's contract, for callers to type their requests. */
export type RegisterUploadBody = z.infer<typeof registerUploadBodySchema>;

export const listUploadsQuerySchema = z.object({ group_id: z.string().regex(GROUP_ID_PATTERN, "must be a group id") });
export type ListUploadsQuery = z.infer<typeof listUploadsQuerySchema>;
export interface UploadsList {
  items: UploadEntry[];
}

export const uploadParamsSchema = z.object({ id: uploadIdSchema });
export type UploadParams = z.infer<typeof uploadParamsSchema>;

export const uploadStateBodySchema = z.strictObject({ state: z.enum(UPLOAD_STATES) });
/** @public Part of the endpoint's contract, for callers to type their requests. */
export type UploadStateBody = z.infer<typeof uploadStateBodySchema>;

export const batchParamsSchema = z.object({ id: uploadIdSchema, n: z.coerce.number().int().min(0).max(MAX_UPLOAD_BATCHES) });
export type BatchParams = z.input<typeof batchParamsSchema>;

export const batchOutcomeBodySchema = z.strictObject({
  state: z.enum(BATCH_STATES),
  submitted_rows: count,
  attempts: count,
  error: z.string().max(2_000).nullable(),
});
/** @public Part of the endpoint's contract, for callers to type their requests. */
export type BatchOutcomeBody = z.infer<typeof batchOutcomeBodySchema>;

export function uploadsUrl(query: Partial<ListUploadsQuery> = {}): string {
  return `/api/uploads${searchOf(query)}`;
}

export function uploadUrl({ id }: UploadParams): string {
  return `/api/uploads/${encodeURIComponent(id)}`;
}

export function uploadBatchUrl({ id, n }: BatchParams): string {
  return `${uploadUrl({ id })}/batches/${encodeURIComponent(String(n))}`;
}
