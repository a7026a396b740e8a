import { withRoute } from "@/lib/http/with-route";
import { exportGroupRuns } from "@/lib/export/export-group-runs";
import { parseInput, queryOf } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { groupParamsSchema } from "../schema";
import { exportQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

/** Downloads every matching run with input and output: `?format=csv|jsonl&status=&q=&bom=1`, streamed. */
export const GET = withRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = parseInput(groupParamsSchema, await params, "path");
  const query = parseInput(exportQuerySchema, queryOf(request), "query");
  const { db, target } = await getRouteDeps();
  const file = await exportGroupRuns({ db, target, groupId: id, ...query, q: query.q || undefined, signal: request.signal });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
