import { groupSampleParamsSchema, MAX_SAMPLE_BODY_BYTES, sampleBodySchema } from "@/lib/contracts/group-sample";
import { createSampleGroup } from "@/lib/compare/create-sample-group.server";
import { defineRoute } from "@/lib/http/define-route";

/** "Try with another processor": a new group running a sample of this group's inputs (`{method, size, seed?, processor, task_spec?, name?}`). */
export const POST = defineRoute(
  { params: groupSampleParamsSchema, body: { schema: sampleBodySchema, maxBytes: MAX_SAMPLE_BODY_BYTES } },
  async ({ params, body, deps: { db, target } }) =>
    Response.json(await createSampleGroup({ db, target, sourceGroupId: params.id, sample: body }), { status: 201 }),
);
