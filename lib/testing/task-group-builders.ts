import type { Metadata, TaskGroupResponse, TaskGroupRunResponse, TaskRun, TaskRunInput, TaskSpec } from "@/lib/parallel/types";
import { requireStatus, type ApiClient, type Query } from "./api-client";
import { jsonSpec } from "./sample-schemas";
import type { SseRead } from "./sse";

// Builders for groups and runs over the public API, so each test makes its own data in one line.
// They fail loudly (with the response body) when the server refuses, so a broken setup is not
// mistaken for the behaviour under test.

export interface BuildInputsOptions {
  processor?: string;
  /** Distinguishes inputs of different tests/batches; input i is `${label} #${i}`. */
  label?: string;
  taskSpec?: TaskSpec;
  metadata?: (index: number) => Metadata;
}

export function buildInputs(count: number, options: BuildInputsOptions = {}): TaskRunInput[] {
  const { processor = "lite", label = "Company", taskSpec, metadata } = options;
  return Array.from({ length: count }, (_, index) => ({
    input: `${label} #${index}: find the company's profile`,
    processor,
    metadata: metadata ? metadata(index) : { index, label },
    ...(taskSpec ? { task_spec: taskSpec } : {}),
  }));
}

export async function createGroup(api: ApiClient, metadata?: Metadata): Promise<TaskGroupResponse> {
  const response = await api.json<TaskGroupResponse>("POST", "/tasks/groups", { body: metadata ? { metadata } : {} });
  return requireStatus(response, 200, "create group");
}

export interface AddRunsOptions extends BuildInputsOptions {
  /** JSON output schema applied as `default_task_spec`. */
  schema?: Record<string, unknown>;
  defaultTaskSpec?: TaskSpec;
  /** Send these inputs instead of building `count` of them. */
  inputs?: TaskRunInput[];
  query?: Query;
}

export interface AddedRuns extends TaskGroupRunResponse {
  inputs: TaskRunInput[];
}

export async function addRuns(api: ApiClient, groupId: string, count: number, options: AddRunsOptions = {}): Promise<AddedRuns> {
  const inputs = options.inputs ?? buildInputs(count, options);
  const defaultTaskSpec = options.defaultTaskSpec ?? (options.schema ? jsonSpec(options.schema) : undefined);
  const response = await api.json<TaskGroupRunResponse>("POST", `/tasks/groups/${groupId}/runs`, {
    body: { inputs, ...(defaultTaskSpec ? { default_task_spec: defaultTaskSpec } : {}) },
    query: options.query,
  });
  return { ...requireStatus(response, 200, "add runs"), inputs };
}

export async function getGroup(api: ApiClient, groupId: string): Promise<TaskGroupResponse> {
  return requireStatus(await api.json<TaskGroupResponse>("GET", `/tasks/groups/${groupId}`), 200, "get group");
}

export async function getRun(api: ApiClient, runId: string): Promise<TaskRun> {
  return requireStatus(await api.json<TaskRun>("GET", `/tasks/runs/${runId}`), 200, "get run");
}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the group summary until no run is active; returns the final summary. */
export async function waitUntilInactive(api: ApiClient, groupId: string, options: WaitOptions = {}): Promise<TaskGroupResponse> {
  const { timeoutMs = 20_000, intervalMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const group = await getGroup(api, groupId);
    if (!group.status.is_active) return group;
    if (Date.now() > deadline) {
      throw new Error(`group ${groupId} still active after ${timeoutMs} ms: ${JSON.stringify(group.status)}`);
    }
    await sleep(intervalMs);
  }
}

/** A new group with `count` runs added, once none of them is active any more. */
export async function createFinishedGroup(
  api: ApiClient,
  count: number,
  options: AddRunsOptions = {},
): Promise<{ groupId: string; added: AddedRuns }> {
  const group = await createGroup(api);
  const added = await addRuns(api, group.taskgroup_id, count, options);
  await waitUntilInactive(api, group.taskgroup_id);
  return { groupId: group.taskgroup_id, added };
}

/** Reads the group's runs stream (it closes by itself once every run is sent). */
export function readRunsStream(api: ApiClient, groupId: string, query: Query = {}): Promise<SseRead> {
  return api.sse(`/tasks/groups/${groupId}/runs`, { query }, { timeLimitMs: 15_000 });
}

/** Reads the group's events stream until the server closes it or `timeLimitMs` passes. */
export function readEventsStream(
  api: ApiClient,
  groupId: string,
  query: Query = {},
  options: { timeLimitMs?: number; headers?: HeadersInit } = {},
): Promise<SseRead> {
  return api.sse(`/tasks/groups/${groupId}/events`, { query, headers: options.headers }, { timeLimitMs: options.timeLimitMs ?? 20_000 });
}
