import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { groupKeys, runKeys } from "../client/query-keys";
import type { RunsPageParams } from "../client/run-queries";
import { requireGroup } from "../registry/get-group";
import { getStatusHistory } from "../registry/get-status-history";
import { refreshGroup } from "../registry/refresh-group";
import { productionRouteDeps } from "../http/production-route-deps.server";
import { readRunsPage } from "../run-cache/read-runs-page";

/**
 * How long the page waits for a group's first runs to be read from upstream. Shorter than the API's
 * wait: a link opened or navigated to must not hang; rows still missing are polled for by the browser.
 */
const SSR_RUNS_WAIT_MS = 1_000;

/**
 * What the group page shows first (the group, its status history and the runs table's page of the
 * URL's view), read with the functions GET /api/groups/{id}, …/history and …/runs call, under the
 * keys useGroup, useGroupHistory and useRunsPage read. Only for a group the registry lists: any
 * other goes through the page's import gate in the browser.
 */
export async function prefetchGroupPage(queryClient: QueryClient, groupId: string, runs: RunsPageParams): Promise<void> {
  const { db, target } = await productionRouteDeps();
  const fields = runs.fields.split(",");
  await Promise.all([
    queryClient.prefetchQuery({ queryKey: groupKeys.group(groupId), queryFn: () => refreshGroup({ db, target, groupId }) }),
    queryClient.prefetchQuery({
      queryKey: groupKeys.history(groupId),
      queryFn: async () => {
        await requireGroup({ db, groupId });
        return { taskgroup_id: groupId, samples: await getStatusHistory({ db, groupId }) };
      },
    }),
    queryClient.prefetchQuery({
      queryKey: runKeys.page(groupId, runs),
      queryFn: () =>
        readRunsPage({
          db,
          target,
          groupId,
          status: runs.status ?? undefined,
          q: runs.q.trim() || undefined,
          offset: (runs.page - 1) * runs.pageSize,
          limit: runs.pageSize,
          fields: { input: fields.includes("input"), output: fields.includes("output") },
          waitMs: SSR_RUNS_WAIT_MS,
        }),
    }),
  ]);
}
