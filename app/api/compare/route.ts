import { compareQuerySchema } from "@/lib/contracts/compare";
import { compareGroups } from "@/lib/compare/compare-groups.server";
import { defineRoute } from "@/lib/http/define-route";

/** Per-field and per-group figures of 2 or 3 groups: `?groups=A,B[,C]&match=source|row|field&by=`. */
export const GET = defineRoute({ access: "viewer", query: compareQuerySchema }, async ({ query, deps: { db, target } }) =>
  Response.json(await compareGroups({ db, target, groupIds: query.groups, matchBy: query.matchBy }), {
    headers: { "cache-control": "no-store" },
  }),
);
