import { recordAudit } from "@/lib/auth/audit-log";
import { revokeInvitation } from "@/lib/auth/invitations";
import { getSecurityPolicy } from "@/lib/config/security-env";
import { invitationParamsSchema } from "@/lib/contracts/team";
import { clientIp } from "@/lib/http/client-ip";
import { defineRoute } from "@/lib/http/define-route";

/** Revokes an unused invitation: its link stops working. */
export const DELETE = defineRoute(
  { access: "admin", params: invitationParamsSchema },
  async ({ request, member, params, deps: { db } }) => {
    await revokeInvitation(db, params.id);
    await recordAudit(db, {
      action: "member.invitation_revoked",
      actor: member,
      target: { type: "invitation", id: params.id },
      ip: clientIp(request, getSecurityPolicy()),
    });
    return new Response(null, { status: 204 });
  },
);
