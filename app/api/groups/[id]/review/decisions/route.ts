import { recordMemberAction } from "@/lib/auth/record-member-action";
import { groupReviewParamsSchema, MAX_REVIEW_BODY_BYTES, reviewDecisionBodySchema } from "@/lib/contracts/group-review";
import { defineRoute } from "@/lib/http/define-route";
import { recordDecision } from "@/lib/review/record-decision.server";

// A write, apart from the queue's read: reviewing is for operators and admins; viewers only read.

/** A decision on one field of one run: `{runId, field, decision: accepted|edited|wrong, value?, note?}`. */
export const POST = defineRoute(
  { access: "operator", params: groupReviewParamsSchema, body: { schema: reviewDecisionBodySchema, maxBytes: MAX_REVIEW_BODY_BYTES } },
  async ({ request, member, params, body, deps: { db } }) => {
    const decision = await recordDecision({ db, groupId: params.id, ...body, reviewer: member.email });
    await recordMemberAction(db, request, member, {
      action: "review.decided",
      target: { type: "group", id: params.id },
      detail: { run: body.runId, field: body.field, decision: body.decision },
    });
    return Response.json(decision, { status: 200 });
  },
);
