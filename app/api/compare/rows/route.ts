import { compareRowsQuerySchema } from "@/lib/contracts/compare";
import { compareRows } from "@/lib/compare/compare-rows.server";
import { defineRoute } from "@/lib/http/define-route";

/** A page of matched rows: `?groups=A,B&match=&by=&cursor=&limit=&show=all|disagreements&field=&low=`. */
export const GET = defineRoute({ access: "viewer", query: compareRowsQuerySchema }, async ({ query, deps: { db } }) =>
  Response.json(await compareRows({ db, groupIds: query.groups, ...query }), { headers: { "cache-control": "no-store" } }),
);
