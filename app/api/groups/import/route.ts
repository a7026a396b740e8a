import { recordMemberAction } from "@/lib/auth/record-member-action";
import { importGroupBodySchema } from "@/lib/contracts/group-import";
import { MAX_GROUP_BODY_BYTES } from "@/lib/contracts/groups";
import { defineRoute } from "@/lib/http/define-route";
import { importGroup } from "@/lib/registry/refresh-group";

/** Adds an existing group (`{id}` or a pasted `{url}`) after checking it upstream. */
export const POST = defineRoute(
  {
    access: "operator",
    body: { schema: importGroupBodySchema, maxBytes: MAX_GROUP_BODY_BYTES },
  },
  async ({ request, member, body: groupId, deps: { db, target } }) => {
    const entry = await importGroup({ db, target, groupId, addedBy: member });
    await recordMemberAction(db, request, member, { action: "group.imported", target: { type: "group", id: entry.taskgroup_id } });
    return Response.json(entry);
  },
);
