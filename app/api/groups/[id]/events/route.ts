import { groupEventsParamsSchema } from "@/lib/contracts/group-events";
import { watchGroupLive } from "@/lib/gateway/watch-group-live";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The console's live feed of a group: its current status at once, then live events, shared upstream. */
export const GET = defineRoute({ access: "viewer", params: groupEventsParamsSchema }, ({ request, params, deps }) =>
  watchGroupLive(deps.gateway, params.id, request.headers.get("last-event-id")),
);
