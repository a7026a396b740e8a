import { exportQuerySchema, groupExportParamsSchema } from "@/lib/contracts/group-export";
import { exportGroupRuns } from "@/lib/export/export-group-runs";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Downloads every matching run with input and output: `?format=csv|jsonl&status=&q=&bom=1`, streamed. */
export const GET = defineRoute(
  { params: groupExportParamsSchema, query: exportQuerySchema },
  async ({ request, params, query, deps: { db, target } }) => {
    const file = await exportGroupRuns({ db, target, groupId: params.id, ...query, q: query.q || undefined, signal: request.signal });
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
);
