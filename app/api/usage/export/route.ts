import { roleAllows } from "@/lib/auth/roles";
import { usageQuerySchema } from "@/lib/contracts/spend";
import { defineRoute } from "@/lib/http/define-route";
import { monthOf } from "@/lib/spend/month";
import { usageCsv } from "@/lib/spend/usage-csv";
import { usageView } from "@/lib/spend/usage-view";

export const dynamic = "force-dynamic";

/** The usage page's month as CSV, with the same scope as GET /api/usage. */
export const GET = defineRoute({ access: "viewer", query: usageQuerySchema }, async ({ member, query, deps: { db } }) => {
  const month = query.month ?? monthOf(Date.now());
  const view = await usageView(db, month, roleAllows(member.role, "admin") ? null : member.id);
  return new Response(usageCsv(view), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="usage-${month}.csv"`,
      "cache-control": "no-store",
    },
  });
});
