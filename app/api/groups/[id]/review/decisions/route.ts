import { groupReviewParamsSchema, MAX_REVIEW_BODY_BYTES, reviewDecisionBodySchema } from "@/lib/contracts/group-review";
import { defineRoute } from "@/lib/http/define-route";
import { recordDecision } from "@/lib/review/record-decision.server";

// A write, apart from the queue's read: reviewing is for operators and admins; viewers only read.

/** A decision on one field of one run: `{runId, field, decision: accepted|edited|wrong, value?, note?}`. */
export const POST = defineRoute(
  { params: groupReviewParamsSchema, body: { schema: reviewDecisionBodySchema, maxBytes: MAX_REVIEW_BODY_BYTES } },
  async ({ params, body, deps: { db } }) => Response.json(await recordDecision({ db, groupId: params.id, ...body }), { status: 200 }),
);
