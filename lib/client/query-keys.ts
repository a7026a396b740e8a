import type { GroupsListParams } from "./group-queries";
import type { RunsPageParams } from "./run-queries";

/*
 * React Query keys of the console's data, in a module without "use client" so that the pages'
 * server-side prefetch (lib/ssr) fills exactly the entries the browser's hooks read.
 *
 *   ["groups", GroupsListParams]      GET /api/groups          (a GroupsPage)
 *   ["group", groupId]                GET /api/groups/{id}     (a GroupEntry)
 *   ["group-history", groupId]        GET /api/groups/{id}/history ({taskgroup_id, samples})
 *   ["runs", groupId, params]         GET /api/groups/{id}/runs, owned by the runs table. Its data is a
 *                                     RunsPage; `params.fields` (a string
 *                                     "input,output" or an array) says whether outputs are on the page.
 *                                     The SSE hook patches items by run id and refetches pages whose
 *                                     finished runs still lack their output.
 *   ["run", runId]                    the TaskRun, through the API proxy
 *   ["run", runId, "input"]           its TaskRunInput
 *   ["run", runId, "result"]          its TaskRunResult, or null while it has none (active: 408;
 *                                     failed or cancelled: 404)
 *   ["run-progress", runId]           its live progress trace, written by use-run-progress.ts
 *                                     (outside ["run", runId] so invalidating the run keeps it)
 */
export const groupKeys = {
  allLists: ["groups"] as const,
  list: (params: GroupsListParams) => ["groups", params] as const,
  group: (groupId: string) => ["group", groupId] as const,
  history: (groupId: string) => ["group-history", groupId] as const,
  allRuns: (groupId: string) => ["runs", groupId] as const,
};

export const runKeys = {
  allPages: (groupId: string) => ["runs", groupId] as const,
  page: (groupId: string, params: RunsPageParams) => ["runs", groupId, params] as const,
  run: (runId: string) => ["run", runId] as const,
  input: (runId: string) => ["run", runId, "input"] as const,
  result: (runId: string) => ["run", runId, "result"] as const,
  progress: (runId: string) => ["run-progress", runId] as const,
};
