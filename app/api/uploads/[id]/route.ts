import { withRoute } from "@/lib/http/with-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { requireUpload } from "@/lib/registry/uploads/get-upload";
import { recordUploadState } from "@/lib/registry/uploads/record-upload-outcome";
import { MAX_UPLOAD_BODY_BYTES, uploadParamsSchema, uploadStateBodySchema } from "../schema";

interface Context {
  params: Promise<{ id: string }>;
}

/** The upload with each batch's recorded outcome. */
export const GET = withRoute(async (_request, { params }: Context) => {
  const { id } = parseInput(uploadParamsSchema, await params, "path");
  const { db } = await getRouteDeps();
  return Response.json(await requireUpload({ db, uploadId: id, withBatches: true }));
});

/** `{state}`: how the upload ended (done, failed, cancelled) or that it runs again. */
export const PATCH = withRoute(async (request, { params }: Context) => {
  const { id } = parseInput(uploadParamsSchema, await params, "path");
  const { state } = parseInput(uploadStateBodySchema, await readJsonBody(request, MAX_UPLOAD_BODY_BYTES), "body");
  const { db } = await getRouteDeps();
  return Response.json(await recordUploadState({ db, uploadId: id, state }));
});
