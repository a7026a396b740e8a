import { recordAudit } from "@/lib/auth/audit-log";
import { countMembers } from "@/lib/auth/count-members";
import { signUpMember } from "@/lib/auth/sign-up-member.server";
import { getSecurityPolicy } from "@/lib/config/security-env";
import { MAX_TEAM_BODY_BYTES, setupBodySchema, type SignInOptions } from "@/lib/contracts/team";
import { AppError } from "@/lib/http/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Whether the console still needs its owner, and whether single sign-on is offered. */
export const GET = defineRoute({ access: "public" }, async ({ deps: { db, auth } }) => {
  const options: SignInOptions = {
    needsSetup: (await countMembers(db)) === 0,
    singleSignOn: auth.settings.oidc ? { name: auth.settings.oidc.name } : null,
  };
  return Response.json(options, { headers: { "cache-control": "no-store" } });
});

/** First run only: creates the owner (an admin) and signs them in. Once anyone exists it is a 409. */
export const POST = defineRoute(
  { access: "public", body: { schema: setupBodySchema, maxBytes: MAX_TEAM_BODY_BYTES } },
  async ({ request, body, deps: { db, auth } }) => {
    if ((await countMembers(db)) > 0) throw new AppError("conflict", "This console already has an owner. Sign in instead.");
    const response = await signUpMember(auth.auth, request, body, "admin", true);
    if (response.ok) {
      const created = (await response.clone().json()) as { user: { id: string; email: string } };
      await recordAudit(db, { action: "setup.owner_created", actor: created.user, ip: clientIp(request, getSecurityPolicy()) });
    }
    return response;
  },
);
