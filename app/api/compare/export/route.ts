import { compareQuerySchema } from "@/lib/contracts/compare";
import { compareGroups } from "@/lib/compare/compare-groups.server";
import { comparisonCsv } from "@/lib/compare/comparison-csv.server";
import { textStream } from "@/lib/export/text-stream";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The matched rows as CSV, one column per group and output field: `?groups=A,B[,C]&match=&by=`. */
export const GET = defineRoute({ access: "viewer", query: compareQuerySchema }, async ({ query, deps: { db, target } }) => {
  const figures = await compareGroups({ db, target, groupIds: query.groups, matchBy: query.matchBy });
  const fields = figures.fields.map((field) => field.field);
  return new Response(textStream(comparisonCsv({ db, groupIds: query.groups, matchBy: query.matchBy, fields })), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="compare-${query.groups.join("-")}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
