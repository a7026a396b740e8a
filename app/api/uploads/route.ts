import { recordMemberAction } from "@/lib/auth/record-member-action";
import { getUpload } from "@/lib/registry/uploads/get-upload";
import { listUploadsQuerySchema, MAX_UPLOAD_BODY_BYTES, registerUploadBodySchema, type UploadsList } from "@/lib/contracts/uploads";
import { defineRoute } from "@/lib/http/define-route";
import { listUploads } from "@/lib/registry/uploads/get-upload";
import { registerUpload } from "@/lib/registry/uploads/register-upload";

/** The uploads into a group, newest first: `?group_id=`. */
export const GET = defineRoute({ access: "viewer", query: listUploadsQuerySchema }, async ({ query, deps: { db } }) => {
  const list: UploadsList = { items: await listUploads({ db, groupId: query.group_id }) };
  return Response.json(list);
});

/** Records an upload from the create form and its batches; sent again on resume, so it is idempotent. */
export const POST = defineRoute(
  {
    access: "operator",
    body: { schema: registerUploadBodySchema, maxBytes: MAX_UPLOAD_BODY_BYTES },
  },
  async ({ request, member, body, deps: { db } }) => {
    const { batches, ...upload } = body;
    const isNew = !(await getUpload({ db, uploadId: upload.id }));
    const registered = await registerUpload({ db, upload, batches });
    if (isNew)
      await recordMemberAction(db, request, member, {
        action: upload.kind === "retry" ? "retry.started" : "upload.started",
        target: { type: "upload", id: upload.id },
        groupId: upload.group_id,
        detail: { rows: upload.total_rows, label: upload.label },
      });
    return Response.json(registered, { status: 201 });
  },
);
