import { withRoute } from "@/lib/http/with-route";
import { parseInput, queryOf, readJsonBody } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { listUploads } from "@/lib/registry/uploads/get-upload";
import { registerUpload } from "@/lib/registry/uploads/register-upload";
import { listUploadsQuerySchema, MAX_UPLOAD_BODY_BYTES, registerUploadBodySchema } from "./schema";

/** The uploads into a group, newest first: `?group_id=`. */
export const GET = withRoute(async (request) => {
  const { group_id } = parseInput(listUploadsQuerySchema, queryOf(request), "query");
  const { db } = await getRouteDeps();
  return Response.json({ items: await listUploads({ db, groupId: group_id }) });
});

/** Records an upload from the create form and its batches; sent again on resume, so it is idempotent. */
export const POST = withRoute(async (request) => {
  const { batches, ...upload } = parseInput(registerUploadBodySchema, await readJsonBody(request, MAX_UPLOAD_BODY_BYTES), "body");
  const { db } = await getRouteDeps();
  return Response.json(await registerUpload({ db, upload, batches }), { status: 201 });
});
