import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { groupKeys, runKeys } from "../client/query-keys";
import type { TaskRun, TaskRunInput } from "../parallel/types";
import { callUpstream } from "../parallel/upstream-client.server";
import { refreshGroup } from "../registry/refresh-group";
import { productionRouteDeps } from "../http/production-route-deps.server";

/**
 * What the run page shows first: the run and its input from the upstream (what the API proxy
 * answers useRun and useRunInput), and its group for the breadcrumb. The output, when there is one,
 * is fetched by the browser.
 */
export async function prefetchRunPage(queryClient: QueryClient, groupId: string, runId: string): Promise<void> {
  const { db, target } = await productionRouteDeps();
  const runPath = `/tasks/runs/${encodeURIComponent(runId)}`;
  await Promise.all([
    queryClient.prefetchQuery({ queryKey: runKeys.run(runId), queryFn: () => callUpstream<TaskRun>({ target, path: runPath }) }),
    queryClient.prefetchQuery({
      queryKey: runKeys.input(runId),
      queryFn: () => callUpstream<TaskRunInput>({ target, path: `${runPath}/input` }),
    }),
    queryClient.prefetchQuery({ queryKey: groupKeys.group(groupId), queryFn: () => refreshGroup({ db, target, groupId }) }),
  ]);
}
