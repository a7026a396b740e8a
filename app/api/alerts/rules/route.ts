import { createAlertRule, listAlertRules, ruleView } from "@/lib/alerts/alert-rules";
import { recordMemberAction } from "@/lib/auth/record-member-action";
import { alertRulesQuerySchema, createAlertRuleBodySchema, MAX_ALERT_BODY_BYTES } from "@/lib/contracts/alerts";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Every alert rule, or (with `groupId`) the group's own rules and the team-wide defaults. */
export const GET = defineRoute({ access: "viewer", query: alertRulesQuerySchema }, async ({ query, deps: { db } }) =>
  Response.json({ items: (await listAlertRules(db, query.groupId)).map(ruleView) }),
);

/** A new rule `{groupId, condition, destinationIds}`; `groupId: null` makes it a team-wide default. Audited. */
export const POST = defineRoute(
  { access: "operator", body: { schema: createAlertRuleBodySchema, maxBytes: MAX_ALERT_BODY_BYTES } },
  async ({ request, member, body, deps: { db } }) => {
    const rule = await createAlertRule(db, body, member, Date.now());
    await recordMemberAction(db, request, member, {
      action: "alert_rule.created",
      target: { type: "alert_rule", id: rule.id },
      groupId: rule.groupId ?? undefined,
      detail: { condition: rule.condition, destinationIds: rule.destinationIds, scope: rule.groupId ? "group" : "team" },
    });
    return Response.json(ruleView(rule), { status: 201 });
  },
);
