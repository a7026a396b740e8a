import { recordMemberAction } from "@/lib/auth/record-member-action";
import { groupParamsSchema } from "@/lib/contracts/group";
import { createShareLinkBodySchema, MAX_SHARE_BODY_BYTES } from "@/lib/contracts/share-links";
import { defineRoute } from "@/lib/http/define-route";
import { requireGroup } from "@/lib/registry/get-group";
import { createShareLink, listShareLinks } from "@/lib/share/share-links";

/** The group's share links, newest first (never their tokens). */
export const GET = defineRoute({ access: "viewer", params: groupParamsSchema }, async ({ params, deps: { db } }) => {
  await requireGroup({ db, groupId: params.id });
  return Response.json({ items: await listShareLinks({ db, groupId: params.id }) });
});

/** A new read-only link to the group: `{expiresInDays, includeData}`. Its path (with the token) is in this answer only. */
export const POST = defineRoute(
  { access: "operator", params: groupParamsSchema, body: { schema: createShareLinkBodySchema, maxBytes: MAX_SHARE_BODY_BYTES } },
  async ({ request, member, params, body, deps: { db } }) => {
    await requireGroup({ db, groupId: params.id });
    const created = await createShareLink({ db, groupId: params.id, member, body });
    await recordMemberAction(db, request, member, {
      action: "share.created",
      target: { type: "share_link", id: created.link.id },
      groupId: params.id,
      detail: { includeData: created.link.includeData, expiresAt: created.link.expiresAt },
    });
    return Response.json(created, { status: 201 });
  },
);
