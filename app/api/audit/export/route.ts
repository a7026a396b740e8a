import { auditCsv } from "@/lib/auth/audit-csv";
import { auditQuerySchema } from "@/lib/contracts/team";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The filtered audit log as CSV, every matching entry. */
export const GET = defineRoute(
  { access: "admin", query: auditQuerySchema },
  async ({ query, deps: { db } }) =>
    new Response(await auditCsv(db, query), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-log.csv"`,
        "cache-control": "no-store",
      },
    }),
);
