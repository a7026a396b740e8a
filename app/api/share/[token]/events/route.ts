import { shareTokenParamsSchema } from "@/lib/contracts/share-links";
import { watchGroupLive } from "@/lib/gateway/watch-group-live";
import { defineRoute } from "@/lib/http/define-route";
import { endWithShareLink } from "@/lib/share/end-with-share-link";
import { isShareLinkOpen, openShareLink } from "@/lib/share/share-links";
import { withoutRunEvents } from "@/lib/share/without-run-events";

export const dynamic = "force-dynamic";

/** The shared group's live feed (SSE) from the events hub; it ends with a `share_ended` event once the link is revoked or expires. */
export const GET = defineRoute({ access: "public", params: shareTokenParamsSchema }, async ({ request, params, deps: { db, gateway } }) => {
  const link = await openShareLink({ db, token: params.token });
  const live = await watchGroupLive(gateway, link.groupId, request.headers.get("last-event-id"));
  return endWithShareLink(link.includeData ? live : withoutRunEvents(live), link.id, () => isShareLinkOpen({ db, id: link.id }));
});
