import { describe, expect, it } from "vitest";
import type { ErrorResponse, HttpValidationError, TaskRunInput } from "@/lib/parallel/types";
import type { ApiClient, ApiResponse } from "@/lib/testing/api-client";
import { expectSchema } from "@/lib/testing/contract";
import { expectContractResponse } from "@/lib/testing/expect-contract";
import {
  addRuns,
  buildInputs,
  createGroup,
  getGroup,
  sharedEmulator,
  waitUntilInactive,
  withEmulator,
} from "@/lib/testing/emulator-harness";
import { deepJsonText } from "@/lib/testing/deep-json";
import { jsonSpec, nestedObjectSchema } from "@/lib/testing/sample-schemas";

// Every client error a console user can hit, with its status and the body that explains it.

const emulator = sharedEmulator();
const UNKNOWN_GROUP = `tgrp_${"0".repeat(32)}`;
const UNKNOWN_RUN = `trun_${"0".repeat(32)}`;

function expectValidationError(response: ApiResponse, locPrefix: Array<string | number>): HttpValidationError {
  expect(response.status, response.text).toBe(422);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expectSchema("HTTPValidationError", response.body);
  const body = response.body as HttpValidationError;
  expect(body.detail.length).toBeGreaterThan(0);
  const locs = body.detail.map((item) => item.loc);
  expect(
    locs.some((loc) => locPrefix.every((part, i) => loc[i] === part)),
    `no detail at ${JSON.stringify(locPrefix)}: ${response.text}`,
  ).toBe(true);
  for (const item of body.detail) expect(item.msg.length).toBeGreaterThan(0);
  return body;
}

function expectErrorResponse(response: ApiResponse, status: number, message?: RegExp): ErrorResponse {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expectSchema("ErrorResponse", response.body);
  const body = response.body as ErrorResponse;
  expect(body.type).toBe("error");
  expect(body.error.ref_id.length).toBeGreaterThan(0);
  expect(body.error.message.length).toBeGreaterThan(0);
  if (message) expect(body.error.message).toMatch(message);
  return body;
}

async function postRuns(api: ApiClient, groupId: string, body: unknown): Promise<ApiResponse> {
  return api.json("POST", `/tasks/groups/${groupId}/runs`, { body });
}

describe("422 validation", () => {
  async function emptyGroup() {
    return (await createGroup(emulator().api)).taskgroup_id;
  }

  it("more than 1,000 inputs in one request is refused and nothing is added", async () => {
    const groupId = await emptyGroup();
    const response = await postRuns(emulator().api, groupId, { inputs: buildInputs(1_001) });
    const body = expectValidationError(response, ["body", "inputs"]);
    expect(body.detail.map((d) => d.msg).join(" ")).toMatch(/1,?000/);
    expect((await getGroup(emulator().api, groupId)).status.num_task_runs).toBe(0);
  });

  it("exactly 1,000 inputs are accepted", async () => {
    const api = emulator().api;
    const groupId = await emptyGroup();
    const added = await addRuns(api, groupId, 1_000);
    expect(added.run_ids).toHaveLength(1_000);
    await waitUntilInactive(api, groupId);
  });

  it("a missing processor names the offending input and its field, and nothing is added", async () => {
    const groupId = await emptyGroup();
    const inputs: Array<Partial<TaskRunInput>> = buildInputs(4);
    delete inputs[2].processor;
    expectValidationError(await postRuns(emulator().api, groupId, { inputs }), ["body", "inputs", 2, "processor"]);
    expect((await getGroup(emulator().api, groupId)).status.num_task_runs).toBe(0);
  });

  it("a missing input names the offending index", async () => {
    const groupId = await emptyGroup();
    const inputs: Array<Partial<TaskRunInput>> = buildInputs(2);
    delete inputs[0].input;
    expectValidationError(await postRuns(emulator().api, groupId, { inputs }), ["body", "inputs", 0, "input"]);
  });

  it("an unknown processor is refused at its index; -fast variants are not", async () => {
    const groupId = await emptyGroup();
    const inputs = buildInputs(3);
    inputs[1].processor = "turbo-9000";
    expectValidationError(await postRuns(emulator().api, groupId, { inputs }), ["body", "inputs", 1, "processor"]);
    const fast = buildInputs(2, { processor: "core-fast" });
    expect((await postRuns(emulator().api, groupId, { inputs: fast })).status).toBe(200);
  });

  it("task spec plus input over 25,000 characters is refused at that index", async () => {
    const groupId = await emptyGroup();
    const inputs = buildInputs(3);
    inputs[1].input = "x".repeat(25_001);
    expectValidationError(await postRuns(emulator().api, groupId, { inputs }), ["body", "inputs", 1]);
  });

  it("the 25,000 limit counts the task spec too", async () => {
    const groupId = await emptyGroup();
    const inputs = buildInputs(2);
    inputs[1].input = "y".repeat(15_000);
    inputs[1].task_spec = { output_schema: { type: "text", description: "d".repeat(12_000) } };
    expectValidationError(await postRuns(emulator().api, groupId, { inputs }), ["body", "inputs", 1]);
  });

  it("an output schema nested 4 levels deep is refused; 3 levels is accepted", async () => {
    const api = emulator().api;
    const groupId = await emptyGroup();
    const inputs = buildInputs(3);
    inputs[2].task_spec = jsonSpec(nestedObjectSchema(4));
    expectValidationError(await postRuns(api, groupId, { inputs }), ["body", "inputs", 2]);

    const tooDeepDefault = await postRuns(api, groupId, { inputs: buildInputs(1), default_task_spec: jsonSpec(nestedObjectSchema(4)) });
    expectValidationError(tooDeepDefault, ["body", "default_task_spec"]);

    expect((await postRuns(api, groupId, { inputs: buildInputs(1), default_task_spec: jsonSpec(nestedObjectSchema(3)) })).status).toBe(200);
  });

  it("a malformed JSON body is a 422 about the body", async () => {
    const groupId = await emptyGroup();
    expectValidationError(await postRuns(emulator().api, groupId, '{"inputs": [ {"input": "x", '), ["body"]);
    expectValidationError(await emulator().api.json("POST", "/tasks/groups", { body: "{not json" }), ["body"]);
  });

  it("an input nested 5,000 levels deep is a 422 naming the input and the depth limit, and nothing is added", async () => {
    const groupId = await emptyGroup();
    const body = `{"inputs":[{"processor":"lite","input":"ok"},{"processor":"lite","input":${deepJsonText(5_000)}}]}`;
    const answer = expectValidationError(await postRuns(emulator().api, groupId, body), ["body", "inputs", 1, "input"]);
    expect(answer.detail).toEqual([
      { loc: ["body", "inputs", 1, "input"], msg: "nested 5000 levels deep; the limit is 64", type: "value_error" },
    ]);
    expect((await getGroup(emulator().api, groupId)).status.num_task_runs).toBe(0);
    const group = await emulator().api.json("POST", "/tasks/groups", { body: `{"metadata":{"team":"a"},"extra":${deepJsonText(5_000)}}` });
    expect(expectValidationError(group, ["body", "extra"]).detail[0].msg).toBe("nested 5000 levels deep; the limit is 64");
  });

  it("inputs that are not an array are refused", async () => {
    const groupId = await emptyGroup();
    expectValidationError(await postRuns(emulator().api, groupId, { inputs: { input: "x", processor: "lite" } }), ["body", "inputs"]);
    expectValidationError(await postRuns(emulator().api, groupId, {}), ["body", "inputs"]);
  });

  it("metadata values that are objects are refused, on groups and on runs", async () => {
    const api = emulator().api;
    expectValidationError(await api.json("POST", "/tasks/groups", { body: { metadata: { team: { name: "x" } } } }), ["body", "metadata"]);
    const groupId = await emptyGroup();
    const inputs = buildInputs(2) as unknown as Array<Record<string, unknown>>;
    inputs[1].metadata = { nested: { a: 1 } };
    expectValidationError(await postRuns(api, groupId, { inputs }), ["body", "inputs", 1, "metadata"]);
  });
});

describe("422 for malformed query parameters", () => {
  it("group endpoints name the parameter in an HTTPValidationError", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const id = group.taskgroup_id;
    const cases: Array<[string, string, Record<string, string>, string, unknown?]> = [
      ["GET", `/tasks/groups/${id}/events`, { timeout: "soon" }, "timeout"],
      ["GET", `/tasks/groups/${id}/runs`, { status: "finished" }, "status"],
      ["GET", `/tasks/groups/${id}/runs`, { include_input: "maybe" }, "include_input"],
      ["POST", `/tasks/groups/${id}/runs`, { refresh_status: "maybe" }, "refresh_status", { inputs: buildInputs(1) }],
    ];
    for (const [method, path, query, name, body] of cases) {
      const response = await api.json(method, path, { query, body });
      expectValidationError(response, ["query", name]);
      expectContractResponse(method, `${api.prefix}${path}`, response);
    }
    expect((await getGroup(api, id)).status.num_task_runs).toBe(0);
  });

  it("a malformed result timeout is a 422 shaped as the contract documents for that endpoint (ErrorResponse)", async () => {
    const api = emulator().api.withPrefix("/v1");
    const group = await createGroup(api);
    const added = await addRuns(api, group.taskgroup_id, 1);
    const path = `/v1/tasks/runs/${added.run_ids[0]}/result`;
    const response = await api.json("GET", path, { query: { timeout: "soon" } });
    expect(response.status).toBe(422);
    expectContractResponse("GET", path, response);
    await waitUntilInactive(api, group.taskgroup_id);
  });
});

describe("404 for unknown ids", () => {
  it.each([
    ["a well-formed unknown group", UNKNOWN_GROUP],
    ["a malformed group id", "not-a-group"],
  ])("every group endpoint answers 404 ErrorResponse for %s", async (_label, groupId) => {
    const api = emulator().api;
    expectErrorResponse(await api.json("GET", `/tasks/groups/${groupId}`), 404);
    expectErrorResponse(await postRuns(api, groupId, { inputs: buildInputs(1) }), 404);
    expectErrorResponse(await api.json("GET", `/tasks/groups/${groupId}/runs`), 404);
    expectErrorResponse(await api.json("GET", `/tasks/groups/${groupId}/events`), 404);
    expectErrorResponse(await api.json("GET", `/tasks/groups/${groupId}/runs/${UNKNOWN_RUN}`), 404);
  });

  it.each([
    ["a well-formed unknown run", UNKNOWN_RUN],
    ["a malformed run id", "nope"],
  ])("every run endpoint answers 404 ErrorResponse for %s, under both prefixes", async (_label, runId) => {
    for (const prefix of ["/v1beta", "/v1"] as const) {
      const api = emulator().api.withPrefix(prefix);
      for (const suffix of ["", "/result", "/input", "/events"]) {
        expectErrorResponse(await api.json("GET", `/tasks/runs/${runId}${suffix}`), 404);
      }
    }
  });

  it("a real run asked for under another group is 404", async () => {
    const api = emulator().api;
    const owner = await createGroup(api);
    const other = await createGroup(api);
    const added = await addRuns(api, owner.taskgroup_id, 1);
    expectErrorResponse(await api.json("GET", `/tasks/groups/${other.taskgroup_id}/runs/${added.run_ids[0]}`), 404);
    await waitUntilInactive(api, owner.taskgroup_id);
  });
});

describe("408 result timeout", () => {
  it("waiting for the result of a run still active at the timeout is a 408 ErrorResponse", async () => {
    // At real speed a lite run takes at least 10 s, so a 1 s wait must time out.
    await withEmulator({ timeScale: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 1);
      const started = Date.now();
      const response = await api.json("GET", `/tasks/runs/${added.run_ids[0]}/result`, { query: { timeout: 1 } });
      expectErrorResponse(response, 408);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});

describe("401 with an API key configured", () => {
  const KEY = "test-key-123";

  it("requests without the key or with a wrong key are refused; the right key works", async () => {
    await withEmulator({ apiKey: KEY }, async ({ api }) => {
      const groupId = (await createGroup(api)).taskgroup_id;
      for (const client of [api.withApiKey(undefined), api.withApiKey("wrong")]) {
        expectErrorResponse(await client.json("POST", "/tasks/groups", { body: {} }), 401);
        expectErrorResponse(await client.json("GET", `/tasks/groups/${groupId}`), 401);
        expectErrorResponse(await postRuns(client, groupId, { inputs: buildInputs(1) }), 401);
        expectErrorResponse(await client.json("GET", `/tasks/groups/${groupId}/events`), 401);
        expectErrorResponse(await client.json("GET", `/v1/tasks/runs/${UNKNOWN_RUN}`), 401);
      }
      expect((await api.json("GET", `/tasks/groups/${groupId}`)).status).toBe(200);
      expect((await getGroup(api, groupId)).status.num_task_runs).toBe(0);
    });
  });
});

describe("429 rate limit", () => {
  it("add-runs POSTs over the per-minute limit get 429 with Retry-After; reads still work", async () => {
    await withEmulator({ rateLimitPerMin: 3 }, async ({ api }) => {
      const groupId = (await createGroup(api)).taskgroup_id;
      for (let i = 0; i < 3; i++) expect((await postRuns(api, groupId, { inputs: buildInputs(1) })).status).toBe(200);
      const limited = await postRuns(api, groupId, { inputs: buildInputs(1) });
      expectErrorResponse(limited, 429);
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const group = await getGroup(api, groupId);
      expect(group.status.num_task_runs).toBe(3);
    });
  });
});
