import { recordMemberAction } from "@/lib/auth/record-member-action";
import { MAX_UPLOAD_BODY_BYTES, uploadParamsSchema, uploadStateBodySchema } from "@/lib/contracts/uploads";
import { defineRoute } from "@/lib/http/define-route";
import { requireUpload } from "@/lib/registry/uploads/get-upload";
import { recordUploadState } from "@/lib/registry/uploads/record-upload-outcome";

/** The upload with each batch's recorded outcome. */
export const GET = defineRoute({ access: "viewer", params: uploadParamsSchema }, async ({ params, deps: { db } }) =>
  Response.json(await requireUpload({ db, uploadId: params.id, withBatches: true })),
);

/** `{state}`: how the upload ended (done, failed, cancelled) or that it runs again. */
export const PATCH = defineRoute(
  {
    access: "operator",
    params: uploadParamsSchema,
    body: { schema: uploadStateBodySchema, maxBytes: MAX_UPLOAD_BODY_BYTES },
  },
  async ({ request, member, params, body, deps: { db } }) => {
    const upload = await recordUploadState({ db, uploadId: params.id, state: body.state });
    if (body.state === "done" || body.state === "failed" || body.state === "cancelled")
      await recordMemberAction(db, request, member, {
        action: "upload.finished",
        target: { type: "upload", id: params.id },
        groupId: upload.group_id,
        detail: { state: body.state },
      });
    return Response.json(upload);
  },
);
