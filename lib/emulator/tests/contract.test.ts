import { describe, expect, it } from "vitest";
import type { TaskGroupResponse, TaskGroupRunResponse, TaskRun } from "@/lib/parallel/types";
import { API_PREFIXES } from "@/lib/testing/api-client";
import { expectSchema } from "@/lib/testing/contract";
import { addRuns, buildInputs, createGroup, sharedEmulator, waitUntilInactive } from "@/lib/testing/emulator-harness";
import { expectContractResponse, expectContractStream } from "@/lib/testing/expect-contract";
import { COMPANY_PROFILE_SCHEMA } from "@/lib/testing/sample-schemas";
import { runStateEvents } from "@/lib/testing/stream-events";
import { GROUP_ID_PATTERN, isRfc3339, RUN_ID_PATTERN } from "@/lib/testing/wire-formats";

// Every endpoint, under both prefixes, answers with what the contract documents for it: status,
// content type, and a body (or every streamed event) valid against the operation's schema.

const emulator = sharedEmulator();

describe.each(API_PREFIXES)("under %s", (prefix) => {
  const api = () => emulator().api.withPrefix(prefix);

  // Mixed output kinds, so JSON, text and auto outputs all pass through the validators.
  async function finishedGroup(runs = 3) {
    const group = await createGroup(api(), { suite: "contract", prefix });
    const inputs = buildInputs(runs, { label: `contract ${prefix}` });
    if (runs > 1) inputs[1].task_spec = { output_schema: { type: "text", description: "A short report" } };
    if (runs > 2) inputs[2].task_spec = { output_schema: { type: "auto" } };
    const added = await addRuns(api(), group.taskgroup_id, runs, { inputs, schema: COMPANY_PROFILE_SCHEMA });
    await waitUntilInactive(api(), group.taskgroup_id);
    return { groupId: group.taskgroup_id, runIds: added.run_ids };
  }

  it("creating and reading a group return TaskGroupResponse with a tgrp_ id and RFC 3339 times", async () => {
    const created = await api().json<TaskGroupResponse>("POST", "/tasks/groups", { body: { metadata: { owner: "qa", n: 1, ok: true } } });
    expectContractResponse("POST", `${prefix}/tasks/groups`, created);
    expect(created.body.taskgroup_id).toMatch(GROUP_ID_PATTERN);
    expect(created.body.metadata).toEqual({ owner: "qa", n: 1, ok: true });
    expect(isRfc3339(created.body.created_at)).toBe(true);
    expect(created.body.status).toMatchObject({ num_task_runs: 0, is_active: false });

    const path = `${prefix}/tasks/groups/${created.body.taskgroup_id}`;
    const read = await api().json<TaskGroupResponse>("GET", path);
    expectContractResponse("GET", path, read);
    expect(read.body).toMatchObject({
      taskgroup_id: created.body.taskgroup_id,
      metadata: created.body.metadata,
      created_at: created.body.created_at,
    });
  });

  it("adding runs returns TaskGroupRunResponse with one trun_ id per input", async () => {
    const group = await createGroup(api());
    const path = `${prefix}/tasks/groups/${group.taskgroup_id}/runs`;
    const response = await api().json<TaskGroupRunResponse>("POST", path, {
      body: {
        inputs: [
          { input: "Acme Corp", processor: "lite" },
          { input: { company: "Globex" }, processor: "base" },
        ],
      },
    });
    expectContractResponse("POST", path, response);
    expect(response.body.run_ids).toHaveLength(2);
    for (const id of response.body.run_ids) expect(id).toMatch(RUN_ID_PATTERN);
    expect(response.body.status.num_task_runs).toBe(2);
    expect(response.body.status.is_active).toBe(true);

    const unrefreshed = await api().json<TaskGroupRunResponse>("POST", path, {
      body: { inputs: [{ input: "Initech", processor: "lite" }] },
      query: { refresh_status: false },
    });
    expectContractResponse("POST", path, unrefreshed);
    expect(unrefreshed.body.run_ids).toHaveLength(1);
    await waitUntilInactive(api(), group.taskgroup_id);
  });

  it("the runs stream's events match TaskRunEvent, with and without input and output", async () => {
    const { groupId } = await finishedGroup();
    const path = `${prefix}/tasks/groups/${groupId}/runs`;
    for (const query of [{}, { include_input: true, include_output: true }]) {
      const read = await api().sse(path, { query });
      expectContractStream("GET", path, read);
      expect(runStateEvents(read)).toHaveLength(3);
    }
  });

  it("the events stream's status and run events match the contract", async () => {
    const { groupId } = await finishedGroup();
    const path = `${prefix}/tasks/groups/${groupId}/events`;
    const read = await api().sse(path);
    expectContractStream("GET", path, read);
    const types = new Set(read.events.map((e) => (e.data as { type: string }).type));
    expect(types).toEqual(new Set(["task_group_status", "task_run.state"]));
  });

  it("a run read through its group, alone, its result and its input all match the contract", async () => {
    const { groupId, runIds } = await finishedGroup(1);
    const runId = runIds[0];
    const paths = {
      groupRun: `${prefix}/tasks/groups/${groupId}/runs/${runId}`,
      run: `${prefix}/tasks/runs/${runId}`,
      result: `${prefix}/tasks/runs/${runId}/result`,
      input: `${prefix}/tasks/runs/${runId}/input`,
    };
    for (const path of Object.values(paths)) {
      const response = await api().json("GET", path);
      expectContractResponse("GET", path, response);
    }
    const run = (await api().json<TaskRun>("GET", paths.run)).body;
    expect(run).toMatchObject({ run_id: runId, interaction_id: runId, taskgroup_id: groupId, status: "completed", is_active: false });
    expect(isRfc3339(run.created_at) && isRfc3339(run.modified_at)).toBe(true);
  });

  it("a run's progress stream matches the contract's progress, state and error events", async () => {
    const { runIds } = await finishedGroup(1);
    const path = `${prefix}/tasks/runs/${runIds[0]}/events`;
    const read = await api().sse(path);
    expectContractStream("GET", path, read);
    expect(read.events.length).toBeGreaterThan(1);
  });

  it("404 bodies are ErrorResponse and 422 bodies are HTTPValidationError", async () => {
    const group = await createGroup(api());
    const missingRun = await api().json("GET", `${prefix}/tasks/runs/trun_${"0".repeat(32)}`);
    expectContractResponse("GET", `${prefix}/tasks/runs/trun_${"0".repeat(32)}`, missingRun);
    const unknownGroup = `tgrp_${"0".repeat(32)}`;
    const missingGroup = await api().json("GET", `${prefix}/tasks/groups/${unknownGroup}`);
    expect(missingGroup.status).toBe(404);
    expectSchema("ErrorResponse", missingGroup.body);
    for (const stream of ["runs", "events"]) {
      const streamPath = `${prefix}/tasks/groups/${unknownGroup}/${stream}`;
      expectContractResponse("GET", streamPath, await api().json("GET", streamPath));
    }

    const path = `${prefix}/tasks/groups/${group.taskgroup_id}/runs`;
    const invalid = await api().json("POST", path, { body: { inputs: [{ input: "no processor" }] } });
    expectContractResponse("POST", path, invalid);
    expect(invalid.status).toBe(422);
  });
});
