import { recordAudit } from "@/lib/auth/audit-log";
import { changeMemberRole, removeMember } from "@/lib/auth/members";
import { getSecurityPolicy } from "@/lib/config/security-env";
import { changeRoleBodySchema, MAX_TEAM_BODY_BYTES, memberParamsSchema } from "@/lib/contracts/team";
import { clientIp } from "@/lib/http/client-ip";
import { defineRoute } from "@/lib/http/define-route";

/** Changes a member's role `{role}`; it applies to their open pages and streams at once. */
export const PATCH = defineRoute(
  { access: "admin", params: memberParamsSchema, body: { schema: changeRoleBodySchema, maxBytes: MAX_TEAM_BODY_BYTES } },
  async ({ request, member, params, body, deps: { db } }) => {
    const changed = await changeMemberRole(db, member, params.id, body.role);
    await recordAudit(db, {
      action: "member.role_changed",
      actor: member,
      target: { type: "member", id: params.id },
      detail: { email: changed.email, from: changed.from, to: body.role },
      ip: clientIp(request, getSecurityPolicy()),
    });
    return new Response(null, { status: 204 });
  },
);

/** Removes a member; their sessions end at once. */
export const DELETE = defineRoute({ access: "admin", params: memberParamsSchema }, async ({ request, member, params, deps: { db } }) => {
  const removed = await removeMember(db, member, params.id);
  await recordAudit(db, {
    action: "member.removed",
    actor: member,
    target: { type: "member", id: params.id },
    detail: { email: removed.email },
    ip: clientIp(request, getSecurityPolicy()),
  });
  return new Response(null, { status: 204 });
});
