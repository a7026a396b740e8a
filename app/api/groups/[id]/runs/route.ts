import { groupRunsParamsSchema, runsQuerySchema } from "@/lib/contracts/group-runs";
import { defineRoute } from "@/lib/http/define-route";
import { readRunsPage } from "@/lib/run-cache/read-runs-page";

/** A page of the group's runs from the run cache: `?status=&q=&cursor=&limit=&fields=input,output`. */
export const GET = defineRoute(
  { access: "viewer", params: groupRunsParamsSchema, query: runsQuerySchema },
  async ({ params, query, deps: { db, target } }) =>
    // No gzip: next start compresses on the event loop that ingestion keeps busy, which made a 1M-run
    // group's first page 5× slower than a 1k one (BENCHMARKS.md, B3). A page is at most a few hundred kB.
    Response.json(await readRunsPage({ db, target, groupId: params.id, ...query, q: query.q || undefined }), {
      headers: { "cache-control": "no-store, no-transform" },
    }),
);
