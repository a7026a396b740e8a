import * as importRoute from "@/app/api/groups/import/route";
import { addManyRuns } from "../run-cache/test-support";
import type { ApiClient } from "../testing/api-client";
import { createGroup, waitUntilInactive, type AddRunsOptions } from "../testing/task-group-builders";
import { callRoute } from "./route-test-support";

// Test-only: groups are made upstream, then added to the list the way the console's pages do (a GET never adds one).

export async function importListedGroup(id: string): Promise<void> {
  const imported = await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } });
  if (imported.status !== 200) throw new Error(`importing ${id} answered ${imported.status}`);
}

export async function createListedGroup(...args: Parameters<typeof createGroup>): ReturnType<typeof createGroup> {
  const group = await createGroup(...args);
  await importListedGroup(group.taskgroup_id);
  return group;
}

/** A listed group with `runs` runs, once all of them have finished. */
export async function createFinishedListedGroup(
  api: ApiClient,
  options: { metadata?: Parameters<typeof createGroup>[1]; runs: number; runOptions?: AddRunsOptions; timeoutMs: number },
): Promise<{ groupId: string; runIds: string[] }> {
  const groupId = (await createListedGroup(api, options.metadata)).taskgroup_id;
  const runIds = await addManyRuns(api, groupId, options.runs, options.runOptions);
  await waitUntilInactive(api, groupId, { timeoutMs: options.timeoutMs });
  return { groupId, runIds };
}
