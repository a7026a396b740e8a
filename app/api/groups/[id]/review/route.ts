import { groupReviewParamsSchema, reviewQuerySchema } from "@/lib/contracts/group-review";
import { defineRoute } from "@/lib/http/define-route";
import { readReviewQueue } from "@/lib/review/review-queue.server";

/** The group's review queue: `?levels=low|low,medium&cursor=&limit=`, with progress. */
export const GET = defineRoute(
  { access: "viewer", params: groupReviewParamsSchema, query: reviewQuerySchema },
  async ({ params, query, deps: { db, target } }) =>
    Response.json(await readReviewQueue({ db, target, groupId: params.id, ...query }), { headers: { "cache-control": "no-store" } }),
);
