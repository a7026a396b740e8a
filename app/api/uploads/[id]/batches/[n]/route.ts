import { withRoute } from "@/lib/http/with-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { recordBatchOutcome } from "@/lib/registry/uploads/record-upload-outcome";
import { batchOutcomeBodySchema, batchParamsSchema, MAX_UPLOAD_BODY_BYTES } from "../../../schema";

interface Context {
  params: Promise<{ id: string; n: string }>;
}

/** Records one batch's outcome (`{state, submitted_rows, attempts, error}`), as the browser journaled it. */
export const PATCH = withRoute(async (request, { params }: Context) => {
  const { id, n } = parseInput(batchParamsSchema, await params, "path");
  const outcome = parseInput(batchOutcomeBodySchema, await readJsonBody(request, MAX_UPLOAD_BODY_BYTES), "body");
  const { db } = await getRouteDeps();
  return Response.json(await recordBatchOutcome({ db, uploadId: id, index: n, outcome }));
});
