import { withRoute } from "@/lib/http/with-route";
import { parseInput, queryOf } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { readRunsPage } from "@/lib/run-cache/read-runs-page";
import { groupParamsSchema } from "../schema";
import { runsQuerySchema } from "./schema";

/** A page of the group's runs from the run cache: `?status=&q=&cursor=&limit=&fields=input,output`. */
export const GET = withRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = parseInput(groupParamsSchema, await params, "path");
  const query = parseInput(runsQuerySchema, queryOf(request), "query");
  const { db, target } = await getRouteDeps();
  return Response.json(await readRunsPage({ db, target, groupId: id, ...query, q: query.q || undefined }));
});
