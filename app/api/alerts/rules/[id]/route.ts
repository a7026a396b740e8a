import { deleteAlertRule, ruleView, updateAlertRule } from "@/lib/alerts/alert-rules";
import { recordMemberAction } from "@/lib/auth/record-member-action";
import { alertIdParamsSchema, MAX_ALERT_BODY_BYTES, updateAlertRuleBodySchema } from "@/lib/contracts/alerts";
import { defineRoute } from "@/lib/http/define-route";

/** Changes a rule's thresholds and destinations `{condition, destinationIds}` (its group and kind stay). Audited with before and after. */
export const PATCH = defineRoute(
  { access: "operator", params: alertIdParamsSchema, body: { schema: updateAlertRuleBodySchema, maxBytes: MAX_ALERT_BODY_BYTES } },
  async ({ request, member, params, body, deps: { db } }) => {
    const { before, after } = await updateAlertRule(db, params.id, body, Date.now());
    await recordMemberAction(db, request, member, {
      action: "alert_rule.changed",
      target: { type: "alert_rule", id: after.id },
      groupId: after.groupId ?? undefined,
      detail: {
        from: { condition: before.condition, destinationIds: before.destinationIds },
        to: { condition: after.condition, destinationIds: after.destinationIds },
      },
    });
    return Response.json(ruleView(after));
  },
);

/** Deletes a rule; what it already fired stays in the history. Audited. */
export const DELETE = defineRoute(
  { access: "operator", params: alertIdParamsSchema },
  async ({ request, member, params, deps: { db } }) => {
    const rule = await deleteAlertRule(db, params.id);
    await recordMemberAction(db, request, member, {
      action: "alert_rule.deleted",
      target: { type: "alert_rule", id: rule.id },
      groupId: rule.groupId ?? undefined,
      detail: { condition: rule.condition },
    });
    return new Response(null, { status: 204 });
  },
);
