import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { recordMemberAction } from "@/lib/auth/record-member-action";
import { refuseTokenCaller } from "@/lib/auth/refuse-token-caller";
import { forbiddenMessage } from "@/lib/auth/roles";
import { createApiTokenBodySchema, listApiTokensQuerySchema, MAX_TOKEN_BODY_BYTES } from "@/lib/contracts/api-tokens";
import { AppError } from "@/lib/http/app-error";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** Your own API tokens; with `all=1`, an admin sees everyone's. */
export const GET = defineRoute({ access: "viewer", query: listApiTokensQuerySchema }, async ({ member, query, deps: { db } }) => {
  const all = query.all === "1";
  if (all && member.role !== "admin") throw new AppError("forbidden", forbiddenMessage("admin", "see everyone's API tokens"));
  return Response.json({ items: await listApiTokens(db, all ? null : member.id) });
});

/** A new token `{name, scope, expiresInDays}` for yourself; the answer's `token` is shown once. */
export const POST = defineRoute(
  { access: "viewer", body: { schema: createApiTokenBodySchema, maxBytes: MAX_TOKEN_BODY_BYTES } },
  async ({ request, member, body, deps: { db } }) => {
    refuseTokenCaller(member);
    const created = await createApiToken(db, member, body);
    await recordMemberAction(db, request, member, {
      action: "token.created",
      target: { type: "token", id: created.id },
      detail: { name: created.name, scope: created.scope, expiresAt: created.expiresAt },
    });
    return Response.json(created, { status: 201 });
  },
);
