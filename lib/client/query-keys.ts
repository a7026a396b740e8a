import type { CompareQuery, CompareRowsQuery } from "../contracts/compare";
import type { ReviewQuery } from "../contracts/group-review";
import type { UrlQuery } from "../contracts/search-params";
import type { AuditQuery } from "../contracts/team";
import type { GroupsListParams } from "./group-queries";
import type { RunsPageParams } from "./run-queries";

/*
 * React Query keys of the console's data, all in one module, so that what a write invalidates can
 * be checked against every key at a glance. No "use client": the pages' server-side prefetch
 * (lib/ssr) fills exactly the entries the browser's hooks read.
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

// The settings, alerts, compare, review and share pages' data: each key is read by one hook of
// the *-queries.ts file of the same name.

export const alertKeys = {
  all: ["alerts"] as const,
  rules: (groupId: string | null) => ["alerts", "rules", groupId] as const,
  destinations: ["alerts", "destinations"] as const,
  history: (groupId: string | null) => ["alerts", "history", groupId] as const,
};

export const apiTokenKeys = {
  all: ["api-tokens"] as const,
  list: (everyone: boolean) => ["api-tokens", everyone ? "everyone" : "mine"] as const,
};

export const compareKeys = {
  figures: (query: CompareQuery) => ["compare", "figures", query] as const,
  rows: (query: CompareRowsQuery) => ["compare", "rows", query] as const,
};

export const reviewKeys = {
  all: (groupId: string) => ["review", groupId] as const,
  page: (groupId: string, query: ReviewQuery) => ["review", groupId, query] as const,
};

export const shareKeys = {
  links: (groupId: string) => ["share-links", groupId] as const,
  group: (token: string) => ["shared-group", token] as const,
  runs: (token: string, page: number) => ["shared-runs", token, page] as const,
};

export const spendKeys = {
  all: ["spend"] as const,
  usage: (month: string | null) => ["spend", "usage", month] as const,
  budgets: ["spend", "budgets"] as const,
  allowance: ["spend", "allowance"] as const,
  /** Keyed by the group's run count too: runs added anywhere change the count, and so the spend is read again. */
  group: (groupId: string, numRuns: number) => ["spend", "group", groupId, numRuns] as const,
};

export const teamKeys = {
  members: ["members"] as const,
  invitations: ["invitations"] as const,
  sessions: ["sessions"] as const,
  audit: (query: UrlQuery<AuditQuery>) => ["audit", query] as const,
};
