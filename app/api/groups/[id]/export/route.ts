import { recordMemberAction } from "@/lib/auth/record-member-action";
import { exportQuerySchema, groupExportParamsSchema } from "@/lib/contracts/group-export";
import { exportGroupRuns } from "@/lib/export/export-group-runs";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Downloads every matching run with input and output: `?format=csv|jsonl&status=&q=&bom=1`, streamed. */
export const GET = defineRoute(
  {
    access: "viewer",
    params: groupExportParamsSchema,
    query: exportQuerySchema,
  },
  async ({ request, member, params, query, deps: { db, target } }) => {
    const file = await exportGroupRuns({ db, target, groupId: params.id, ...query, q: query.q || undefined, signal: request.signal });
    await recordMemberAction(db, request, member, {
      action: "export.downloaded",
      target: { type: "group", id: params.id },
      detail: { format: query.format, status: query.status ?? null, q: query.q || null },
    });
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
