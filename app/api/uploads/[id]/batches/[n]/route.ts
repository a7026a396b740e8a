import { batchOutcomeBodySchema, batchParamsSchema, MAX_UPLOAD_BODY_BYTES } from "@/lib/contracts/uploads";
import { defineRoute } from "@/lib/http/define-route";
import { recordBatchOutcome } from "@/lib/registry/uploads/record-upload-outcome";

/** Records one batch's outcome (`{state, submitted_rows, attempts, error}`), as the browser journaled it. */
export const PATCH = defineRoute(
  {
    access: "operator",
    params: batchParamsSchema,
    body: { schema: batchOutcomeBodySchema, maxBytes: MAX_UPLOAD_BODY_BYTES },
  },
  async ({ params, body, deps: { db } }) =>
    Response.json(await recordBatchOutcome({ db, uploadId: params.id, index: params.n, outcome: body })),
);
