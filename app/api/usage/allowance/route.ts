import { getPriceTable } from "@/lib/config/price-env";
import { defineRoute } from "@/lib/http/define-route";
import { allowanceOf } from "@/lib/spend/allowance";

export const dynamic = "force-dynamic";

/** The prices the console counts with (CONSOLE_PRICES applied) and what the member has left this month. */
export const GET = defineRoute({ access: "viewer" }, async ({ member, deps: { db } }) =>
  Response.json(await allowanceOf(db, member.id, getPriceTable())),
);
