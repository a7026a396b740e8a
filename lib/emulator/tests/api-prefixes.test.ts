import { describe, expect, it } from "vitest";
import type { ApiPrefix } from "@/lib/emulator/options";
import type { ApiClient } from "@/lib/testing/api-client";
import { addRuns, createGroup, sharedEmulator, waitUntilInactive } from "@/lib/testing/emulator-harness";

// EMULATOR_API_PREFIXES stands the emulator in for an upstream that serves only some prefixes. The
// single-run endpoints (a run, its result, its input) exist only under /v1 on the real API, so an
// emulator limited to v1beta still serves them there, and only there, as the real service does.

/** Status of each endpoint of one finished group under `prefix`, keyed by endpoint. */
async function statusesUnder(api: ApiClient, prefix: ApiPrefix, ids: { groupId: string; runId: string }) {
  const at = (path: string) => `/${prefix}${path}`;
  const { groupId, runId } = ids;
  const get = async (path: string) => (await api.json("GET", at(path))).status;
  const stream = async (path: string) => {
    const response = await api.request(at(path));
    await response.body?.cancel();
    return response.status;
  };
  return {
    "create group": (await api.json("POST", at("/tasks/groups"), { body: {} })).status,
    "get group": await get(`/tasks/groups/${groupId}`),
    "add runs": (await api.json("POST", at(`/tasks/groups/${groupId}/runs`), { body: { inputs: [] } })).status,
    "runs stream": await stream(`/tasks/groups/${groupId}/runs`),
    "events stream": await stream(`/tasks/groups/${groupId}/events?timeout=1`),
    "group run": await get(`/tasks/groups/${groupId}/runs/${runId}`),
    "run events": await stream(`/tasks/runs/${runId}/events`),
    run: await get(`/tasks/runs/${runId}`),
    result: await get(`/tasks/runs/${runId}/result`),
    input: await get(`/tasks/runs/${runId}/input`),
  };
}

const ALL_SERVED = {
  "create group": 200,
  "get group": 200,
  "add runs": 200,
  "runs stream": 200,
  "events stream": 200,
  "group run": 200,
  "run events": 200,
  run: 200,
  result: 200,
  input: 200,
};
const NONE_SERVED = Object.fromEntries(Object.keys(ALL_SERVED).map((k) => [k, 404]));
const SINGLE_RUN_ONLY = { ...NONE_SERVED, run: 200, result: 200, input: 200 };
const GROUPS_AND_RUN_EVENTS = { ...ALL_SERVED, run: 404, result: 404, input: 404 };

async function finishedRun(api: ApiClient) {
  const group = await createGroup(api);
  const added = await addRuns(api, group.taskgroup_id, 1);
  await waitUntilInactive(api, group.taskgroup_id);
  return { groupId: group.taskgroup_id, runId: added.run_ids[0] };
}

describe.each([
  { served: ["v1", "v1beta"] as const, v1: ALL_SERVED, v1beta: ALL_SERVED },
  { served: ["v1"] as const, v1: ALL_SERVED, v1beta: NONE_SERVED },
  { served: ["v1beta"] as const, v1: SINGLE_RUN_ONLY, v1beta: GROUPS_AND_RUN_EVENTS },
])("an emulator serving $served", ({ served, v1, v1beta }) => {
  const emulator = sharedEmulator({ apiPrefixes: served });

  it("answers each endpoint under /v1 and /v1beta as an upstream serving only those would", async () => {
    const api = emulator().api;
    const ids = await finishedRun(api.withPrefix(`/${served[0]}`));
    expect(await statusesUnder(api, "v1", ids)).toEqual(v1);
    expect(await statusesUnder(api, "v1beta", ids)).toEqual(v1beta);
  });
});
