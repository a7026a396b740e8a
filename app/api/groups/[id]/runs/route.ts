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
  // No gzip: next start compresses on the event loop that ingestion keeps busy, which made a 1M-run
  // group's first page 5× slower than a 1k one (BENCHMARKS.md, B3). A page is at most a few hundred kB.
  return Response.json(await readRunsPage({ db, target, groupId: id, ...query, q: query.q || undefined }), {
    headers: { "cache-control": "no-store, no-transform" },
  });
});
