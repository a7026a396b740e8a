import { recordMemberAction } from "@/lib/auth/record-member-action";
import { describeSample } from "@/lib/compare/describe-sample";
import { groupSampleParamsSchema, MAX_SAMPLE_BODY_BYTES, sampleBodySchema } from "@/lib/contracts/group-sample";
import { createSampleGroup } from "@/lib/compare/create-sample-group.server";
import { defineRoute } from "@/lib/http/define-route";

/** "Try with another processor": a new group running a sample of this group's inputs (`{method, size, seed?, processor, task_spec?, name?}`). */
export const POST = defineRoute(
  { access: "operator", params: groupSampleParamsSchema, body: { schema: sampleBodySchema, maxBytes: MAX_SAMPLE_BODY_BYTES } },
  async ({ request, member, params, body, deps }) => {
    const { db, target } = deps;
    const sample = await createSampleGroup({
      db,
      target,
      sourceGroupId: params.id,
      sample: body,
      addedBy: member,
      spend: deps.gateway.spend,
    });
    await recordMemberAction(db, request, member, {
      action: "runs.added",
      target: { type: "group", id: sample.group.taskgroup_id },
      detail: { ...describeSample(body, sample.runIds.length), sampleOf: params.id },
    });
    return Response.json(sample, { status: 201 });
  },
);
