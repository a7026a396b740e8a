import { groupHistoryParamsSchema, type GroupHistory } from "@/lib/contracts/group-history";
import { defineRoute } from "@/lib/http/define-route";
import { requireGroup } from "@/lib/registry/get-group";
import { getStatusHistory } from "@/lib/registry/get-status-history";

/** The group's downsampled status counts over time, oldest first. */
export const GET = defineRoute({ access: "viewer", params: groupHistoryParamsSchema }, async ({ params: { id }, deps: { db } }) => {
  await requireGroup({ db, groupId: id });
  const history: GroupHistory = { taskgroup_id: id, samples: await getStatusHistory({ db, groupId: id }) };
  return Response.json(history);
});
