import { revokeApiToken } from "@/lib/auth/api-tokens";
import { recordMemberAction } from "@/lib/auth/record-member-action";
import { refuseTokenCaller } from "@/lib/auth/refuse-token-caller";
import { sessionChanges } from "@/lib/auth/session-changes";
import { apiTokenParamsSchema } from "@/lib/contracts/api-tokens";
import { defineRoute } from "@/lib/http/define-route";

/** Revokes one of your tokens (an admin: anyone's); its next request is refused and its open streams end. */
export const DELETE = defineRoute({ access: "viewer", params: apiTokenParamsSchema }, async ({ request, member, params, deps: { db } }) => {
  refuseTokenCaller(member);
  const revoked = await revokeApiToken(db, member, params.id);
  sessionChanges.announce(revoked.memberId);
  await recordMemberAction(db, request, member, {
    action: "token.revoked",
    target: { type: "token", id: revoked.id },
    detail: { name: revoked.name, owner: revoked.memberEmail },
  });
  return new Response(null, { status: 204 });
});
