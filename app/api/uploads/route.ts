import { listUploadsQuerySchema, MAX_UPLOAD_BODY_BYTES, registerUploadBodySchema, type UploadsList } from "@/lib/contracts/uploads";
import { defineRoute } from "@/lib/http/define-route";
import { listUploads } from "@/lib/registry/uploads/get-upload";
import { registerUpload } from "@/lib/registry/uploads/register-upload";

/** The uploads into a group, newest first: `?group_id=`. */
export const GET = defineRoute({ query: listUploadsQuerySchema }, async ({ query, deps: { db } }) => {
  const list: UploadsList = { items: await listUploads({ db, groupId: query.group_id }) };
  return Response.json(list);
});

/** Records an upload from the create form and its batches; sent again on resume, so it is idempotent. */
export const POST = defineRoute(
  { body: { schema: registerUploadBodySchema, maxBytes: MAX_UPLOAD_BODY_BYTES } },
  async ({ body, deps: { db } }) => {
    const { batches, ...upload } = body;
    return Response.json(await registerUpload({ db, upload, batches }), { status: 201 });
  },
);
