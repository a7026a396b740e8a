import { recordMemberAction } from "@/lib/auth/record-member-action";
import { createGroupBodySchema, createGroupHeadersSchema, listGroupsQuerySchema, MAX_GROUP_BODY_BYTES } from "@/lib/contracts/groups";
import { defineRoute } from "@/lib/http/define-route";
import { createGroup } from "@/lib/registry/create-group";
import { listGroups } from "@/lib/registry/list-groups";

/** The groups this console remembers: `?q=&sort=&order=&limit=&cursor=`. */
export const GET = defineRoute(
  { access: "viewer", query: listGroupsQuerySchema },
  async ({ member, query: { added_by, ...query }, deps }) =>
    Response.json(await listGroups({ db: deps.db, ...query, addedById: added_by === "me" ? member.id : undefined })),
);

/**
 * Creates a group upstream (`{metadata?}`, its name is `metadata.name`) and remembers it. A retry
 * with the same `Idempotency-Key` header answers the group the first request created.
 */
export const POST = defineRoute(
  {
    access: "operator",
    headers: createGroupHeadersSchema,
    body: { schema: createGroupBodySchema, maxBytes: MAX_GROUP_BODY_BYTES },
  },
  async ({ request, member, headers, body, deps: { db, target } }) => {
    const entry = await createGroup({ db, target, metadata: body.metadata, idempotencyKey: headers["idempotency-key"], addedBy: member });
    await recordMemberAction(db, request, member, {
      action: "group.created",
      target: { type: "group", id: entry.taskgroup_id },
      detail: { name: entry.name },
    });
    return Response.json(entry, { status: 201 });
  },
);
