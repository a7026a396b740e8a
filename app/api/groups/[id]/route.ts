import { recordMemberAction } from "@/lib/auth/record-member-action";
import { groupParamsSchema, renameGroupBodySchema } from "@/lib/contracts/group";
import { MAX_GROUP_BODY_BYTES } from "@/lib/contracts/groups";
import { defineRoute } from "@/lib/http/define-route";
import { forgetGroup } from "@/lib/registry/forget-group";
import { refreshGroup } from "@/lib/registry/refresh-group";
import { renameGroup } from "@/lib/registry/rename-group";

/** The group, refreshed from upstream. Read-only: a group not in the registry is a 404 (`not_in_registry` when the upstream knows it). */
export const GET = defineRoute({ access: "viewer", params: groupParamsSchema }, async ({ params, deps: { db, target } }) =>
  Response.json(await refreshGroup({ db, target, groupId: params.id })),
);

/** Renames the group in this console only: `{name}`. */
export const PATCH = defineRoute(
  {
    access: "operator",
    params: groupParamsSchema,
    body: { schema: renameGroupBodySchema, maxBytes: MAX_GROUP_BODY_BYTES },
  },
  async ({ request, member, params, body, deps: { db } }) => {
    const entry = await renameGroup({ db, groupId: params.id, name: body.name });
    await recordMemberAction(db, request, member, {
      action: "group.renamed",
      target: { type: "group", id: params.id },
      detail: { name: body.name },
    });
    return Response.json(entry);
  },
);

/** Forgets the group here (entry, history, cached runs); the group itself is not deleted upstream. */
export const DELETE = defineRoute({ access: "admin", params: groupParamsSchema }, async ({ request, member, params, deps: { db } }) => {
  await forgetGroup({ db, groupId: params.id });
  await recordMemberAction(db, request, member, { action: "group.forgotten", target: { type: "group", id: params.id } });
  return new Response(null, { status: 204 });
});
