import { recordMemberAction } from "@/lib/auth/record-member-action";
import { shareLinkParamsSchema } from "@/lib/contracts/share-links";
import { defineRoute } from "@/lib/http/define-route";
import { revokeShareLink } from "@/lib/share/share-links";

/** Revokes the link: it stops opening, and its open live views end within seconds. */
export const DELETE = defineRoute(
  { access: "operator", params: shareLinkParamsSchema },
  async ({ request, member, params, deps: { db } }) => {
    const link = await revokeShareLink({ db, groupId: params.id, shareId: params.shareId });
    await recordMemberAction(db, request, member, {
      action: "share.revoked",
      target: { type: "share_link", id: link.id },
      groupId: params.id,
    });
    return Response.json(link);
  },
);
