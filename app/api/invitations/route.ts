import { recordAudit } from "@/lib/auth/audit-log";
import { createInvitation, listInvitations } from "@/lib/auth/invitations";
import { getSecurityPolicy } from "@/lib/config/security-env";
import { createInvitationBodySchema, MAX_TEAM_BODY_BYTES } from "@/lib/contracts/team";
import { clientIp } from "@/lib/http/client-ip";
import { defineRoute } from "@/lib/http/define-route";
import { requestOrigin } from "@/lib/http/request-host";

export const dynamic = "force-dynamic";

export const GET = defineRoute({ access: "admin" }, async ({ deps: { db } }) => Response.json({ items: await listInvitations(db) }));

/** A new invitation `{role, expiresInDays, note?}`; the answer's `link` is shown once. */
export const POST = defineRoute(
  { access: "admin", body: { schema: createInvitationBodySchema, maxBytes: MAX_TEAM_BODY_BYTES } },
  async ({ request, member, body, deps: { db } }) => {
    const policy = getSecurityPolicy();
    const origin = policy.consoleOrigin ?? requestOrigin(request, policy) ?? new URL(request.url).origin;
    const invitation = await createInvitation(db, member, body, origin);
    await recordAudit(db, {
      action: "member.invited",
      actor: member,
      target: { type: "invitation", id: invitation.id },
      detail: { role: invitation.role, expiresAt: invitation.expiresAt },
      ip: clientIp(request, policy),
    });
    return Response.json(invitation, { status: 201 });
  },
);
