import { recordAudit } from "@/lib/auth/audit-log";
import { claimInvitation } from "@/lib/auth/invitations";
import { signUpMember } from "@/lib/auth/sign-up-member.server";
import { getSecurityPolicy } from "@/lib/config/security-env";
import { acceptInvitationBodySchema, MAX_TEAM_BODY_BYTES } from "@/lib/contracts/team";
import { AppError } from "@/lib/http/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Joins with the invitation's role `{token, name, email, password}` and signs in. Each invitation works once. */
export const POST = defineRoute(
  { access: "public", body: { schema: acceptInvitationBodySchema, maxBytes: MAX_TEAM_BODY_BYTES } },
  async ({ request, body: { token, ...credentials }, deps: { db, auth } }) => {
    const email = credentials.email.toLowerCase();
    const response = await claimInvitation(db, token, email, async (role) => {
      const joined = await signUpMember(auth.auth, request, credentials, role, false);
      // Joining failed (most often: that email is already a member); the invitation stays usable.
      if (!joined.ok) {
        const problem = (await joined.json().catch(() => null)) as { message?: string } | null;
        throw new AppError("conflict", problem?.message ?? "Could not join with these details.");
      }
      const created = (await joined.clone().json()) as { user: { id: string; email: string } };
      await recordAudit(db, {
        action: "member.joined",
        actor: created.user,
        detail: { role, via: "invitation" },
        ip: clientIp(request, getSecurityPolicy()),
      });
      return joined;
    });
    return response;
  },
);
