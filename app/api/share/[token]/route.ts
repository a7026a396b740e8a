import { shareTokenParamsSchema } from "@/lib/contracts/share-links";
import { defineRoute } from "@/lib/http/define-route";
import { readSharedGroup } from "@/lib/share/read-shared-group";
import { openShareLink } from "@/lib/share/share-links";

/** The shared group's progress and history, for anyone with the link; each read is one opening of the link. */
export const GET = defineRoute({ access: "public", params: shareTokenParamsSchema }, async ({ params, deps: { db, target } }) => {
  const link = await openShareLink({ db, token: params.token, count: true });
  return Response.json(await readSharedGroup({ db, target, link }), { headers: { "cache-control": "no-store" } });
});
