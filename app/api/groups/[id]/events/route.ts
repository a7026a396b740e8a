import { getGateway } from "@/lib/gateway/gateway.server";
import { watchGroupLive } from "@/lib/gateway/watch-group-live";
import { withRoute } from "@/lib/http/with-route";
import { parseInput } from "@/lib/http/parse-request";
import { groupParamsSchema } from "../schema";

export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

/** The console's live feed of a group: its current status at once, then live events, shared upstream. */
export const GET = withRoute(async (request, { params }: Context) => {
  const { id } = parseInput(groupParamsSchema, await params, "path");
  return watchGroupLive(getGateway(), id, request.headers.get("last-event-id"));
});
