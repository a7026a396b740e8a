import { groupParamsSchema } from "@/lib/contracts/group";
import { defineRoute } from "@/lib/http/define-route";
import { groupSpend } from "@/lib/spend/group-spend";

export const dynamic = "force-dynamic";

/** What the console has spent on the group so far (settled add-runs calls, all members). */
export const GET = defineRoute({ access: "viewer", params: groupParamsSchema }, async ({ params, deps: { db } }) =>
  Response.json(await groupSpend(db, params.id)),
);
