import { recordMemberAction } from "@/lib/auth/record-member-action";
import { MAX_BUDGET_BODY_BYTES, setBudgetBodySchema } from "@/lib/contracts/spend";
import { AppError } from "@/lib/http/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { microToUsd, usdToMicro } from "@/lib/parallel/price-table";
import { memberSubject, setBudget } from "@/lib/spend/budgets";
import { budgetsView } from "@/lib/spend/budgets-view";

export const dynamic = "force-dynamic";

/** The team's monthly budget and each member's monthly cap. */
export const GET = defineRoute({ access: "admin" }, async ({ deps: { db } }) => Response.json(await budgetsView(db)));

/** Sets or removes the team's budget or one member's cap `{memberId?, monthlyUsd}`; the audit log records it. */
export const PUT = defineRoute(
  { access: "admin", body: { schema: setBudgetBodySchema, maxBytes: MAX_BUDGET_BODY_BYTES } },
  async ({ request, member, body, deps: { db } }) => {
    let email: string | null = null;
    if (body.memberId !== undefined) {
      const row = await db.selectFrom("user").select("email").where("id", "=", body.memberId).executeTakeFirst();
      if (!row) throw new AppError("validation_failed", `body.memberId: no member with id '${body.memberId}'.`);
      email = row.email;
    }
    const subject = body.memberId === undefined ? "team" : memberSubject(body.memberId);
    const before = await setBudget(db, subject, body.monthlyUsd === null ? null : usdToMicro(body.monthlyUsd));
    await recordMemberAction(db, request, member, {
      action: "budget.changed",
      target: { type: "budget", id: body.memberId ?? "team" },
      detail: { ...(email ? { email } : { scope: "team" }), fromUsd: before === null ? null : microToUsd(before), toUsd: body.monthlyUsd },
    });
    return Response.json(await budgetsView(db));
  },
);
