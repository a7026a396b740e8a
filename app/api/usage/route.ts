import { roleAllows } from "@/lib/auth/roles";
import { usageQuerySchema } from "@/lib/contracts/spend";
import { defineRoute } from "@/lib/http/define-route";
import { monthOf } from "@/lib/spend/month";
import { usageView } from "@/lib/spend/usage-view";

export const dynamic = "force-dynamic";

/** The month's spend by member, processor, group and day: the team's for admins, one's own for everyone else. */
export const GET = defineRoute({ access: "viewer", query: usageQuerySchema }, async ({ member, query, deps: { db } }) =>
  Response.json(await usageView(db, query.month ?? monthOf(Date.now()), roleAllows(member.role, "admin") ? null : member.id)),
);
