import { MAX_UPLOAD_BODY_BYTES, uploadParamsSchema, uploadStateBodySchema } from "@/lib/contracts/uploads";
import { defineRoute } from "@/lib/http/define-route";
import { requireUpload } from "@/lib/registry/uploads/get-upload";
import { recordUploadState } from "@/lib/registry/uploads/record-upload-outcome";

/** The upload with each batch's recorded outcome. */
export const GET = defineRoute({ params: uploadParamsSchema }, async ({ params, deps: { db } }) =>
  Response.json(await requireUpload({ db, uploadId: params.id, withBatches: true })),
);

/** `{state}`: how the upload ended (done, failed, cancelled) or that it runs again. */
export const PATCH = defineRoute(
  { params: uploadParamsSchema, body: { schema: uploadStateBodySchema, maxBytes: MAX_UPLOAD_BODY_BYTES } },
  async ({ params, body, deps: { db } }) => Response.json(await recordUploadState({ db, uploadId: params.id, state: body.state })),
);
