import { withRoute } from "@/lib/http/with-route";
import { requireGroup } from "@/lib/registry/get-group";
import { getStatusHistory } from "@/lib/registry/get-status-history";
import { parseInput } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { groupParamsSchema } from "../schema";

/** The group's downsampled status counts over time, oldest first. */
export const GET = withRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = parseInput(groupParamsSchema, await params, "path");
  const { db } = await getRouteDeps();
  await requireGroup({ db, groupId: id });
  return Response.json({ taskgroup_id: id, samples: await getStatusHistory({ db, groupId: id }) });
});
