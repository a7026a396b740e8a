import { describe, expect, it } from "vitest";
import { AuthenticationError, NotFoundError, Parallel, RateLimitError, UnprocessableEntityError } from "parallel-web";
import { buildInputs, sharedEmulator, withEmulator } from "@/lib/testing/emulator-harness";
import { expectMatchesJsonSchema } from "@/lib/testing/expect-json-schema";
import { COMPANY_PROFILE_SCHEMA, SUMMARY_SCHEMA } from "@/lib/testing/sample-schemas";
import { GROUP_ID_PATTERN } from "@/lib/testing/wire-formats";

// The unmodified official SDK (parallel-web, which calls /v1) works against the emulator end to end.

const API_KEY = "sdk-test-key";
const emulator = sharedEmulator({ apiKey: API_KEY });

function sdk(apiKey = API_KEY): Parallel {
  return new Parallel({ apiKey, baseURL: emulator().url, maxRetries: 0, timeout: 30_000 });
}

/** The builder's inputs in the SDK's own input type (it types mcp_servers more narrowly). */
function sdkInputs(...args: Parameters<typeof buildInputs>) {
  return buildInputs(...args).map(({ input, processor, metadata }) => ({ input, processor, metadata }));
}

type SdkEvent = { type: string; event_id?: string | null; run?: { run_id: string; status: string }; status?: { is_active: boolean } };

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/**
 * Reads the events stream to its end: the emulator closes it after the final inactive status. A group
 * that finished before the stream connected opens with an inactive status too, then replays its runs,
 * so the first inactive status is not the end.
 */
async function followUntilInactive(client: Parallel, groupId: string): Promise<SdkEvent[]> {
  const events: SdkEvent[] = [];
  for await (const event of await client.taskGroup.events(groupId)) events.push(event as SdkEvent);
  const last = events.at(-1);
  if (last?.type !== "task_group_status" || last.status?.is_active !== false)
    throw new Error("the events stream ended before the group was inactive");
  return events;
}

async function finishedGroup(client: Parallel, count: number, schema = SUMMARY_SCHEMA) {
  const group = await client.taskGroup.create({});
  const added = await client.taskGroup.addRuns(group.taskgroup_id, {
    inputs: sdkInputs(count, { label: "sdk" }),
    default_task_spec: { output_schema: { type: "json", json_schema: schema } },
  });
  await followUntilInactive(client, group.taskgroup_id);
  return { groupId: group.taskgroup_id, runIds: added.run_ids };
}

describe("official SDK against the emulator", () => {
  it("creates a group, adds 150 runs in one call, follows events to the end, and reads every run back", async () => {
    const client = sdk();
    const created = await client.taskGroup.create({ metadata: { source: "sdk-test", batch: 1 } });
    expect(created.taskgroup_id).toMatch(GROUP_ID_PATTERN);
    const retrieved = await client.taskGroup.retrieve(created.taskgroup_id);
    expect(retrieved).toMatchObject({ taskgroup_id: created.taskgroup_id, metadata: { source: "sdk-test", batch: 1 } });

    const inputs = sdkInputs(150, { label: "SDK company" });
    const added = await client.taskGroup.addRuns(created.taskgroup_id, {
      inputs,
      default_task_spec: { output_schema: { type: "json", json_schema: COMPANY_PROFILE_SCHEMA } },
    });
    expect(added.run_ids).toHaveLength(150);
    expect(new Set(added.run_ids).size).toBe(150);

    const events = await followUntilInactive(client, created.taskgroup_id);
    const terminal = events.filter((e) => e.type === "task_run.state");
    expect(terminal).toHaveLength(150);
    expect(terminal.map((e) => e.run!.run_id).sort()).toEqual([...added.run_ids].sort());

    const runs = await collect(await client.taskGroup.getRuns(created.taskgroup_id, { include_input: true, include_output: true }));
    expect(runs.map((e) => (e.type === "task_run.state" ? e.run.run_id : e.type))).toEqual(added.run_ids);
    runs.forEach((event, index) => {
      if (event.type !== "task_run.state") throw new Error(`unexpected ${event.type} event`);
      expect(event.run.status).toBe("completed");
      expect(event.input?.input).toEqual(inputs[index].input);
      expect(event.output?.type).toBe("json");
      expectMatchesJsonSchema(COMPANY_PROFILE_SCHEMA, event.output!.content, `output of run ${index}`);
    });

    const middle = runs[74] as { event_id: string | null };
    const rest = await collect(await client.taskGroup.getRuns(created.taskgroup_id, { last_event_id: middle.event_id }));
    expect(rest.map((e) => (e.type === "task_run.state" ? e.run.run_id : e.type))).toEqual(added.run_ids.slice(75));
  });

  it("filters runs by status", async () => {
    const client = sdk();
    const { groupId, runIds } = await finishedGroup(client, 5);
    const completed = await collect(await client.taskGroup.getRuns(groupId, { status: "completed" }));
    expect(completed.map((e) => (e.type === "task_run.state" ? e.run.run_id : e.type))).toEqual(runIds);
    expect(await collect(await client.taskGroup.getRuns(groupId, { status: "failed" }))).toEqual([]);
  });

  it("retrieves a run, its result, its input, and the run through its group", async () => {
    const client = sdk();
    const { groupId, runIds } = await finishedGroup(client, 1);
    const runId = runIds[0];
    const run = await client.taskRun.retrieve(runId);
    expect(run).toMatchObject({ run_id: runId, status: "completed", taskgroup_id: groupId });
    expect(await client.taskGroup.retrieveRun(runId, { taskgroup_id: groupId })).toEqual(run);

    const result = await client.taskRun.result(runId, { timeout: 10 });
    expect(result.run.run_id).toBe(runId);
    expect(result.output.type).toBe("json");
    expectMatchesJsonSchema(SUMMARY_SCHEMA, result.output.content);

    const input = await client.taskRun.retrieveInput(runId);
    expect(input).toMatchObject({ input: buildInputs(1, { label: "sdk" })[0].input, processor: "lite" });
    expect(input.task_spec).toMatchObject({ output_schema: { type: "json", json_schema: SUMMARY_SCHEMA } });
  });

  it("result waits for an active run to finish", async () => {
    const client = sdk();
    const group = await client.taskGroup.create({});
    const added = await client.taskGroup.addRuns(group.taskgroup_id, { inputs: sdkInputs(1, { processor: "core" }) });
    const result = await client.taskRun.result(added.run_ids[0], { timeout: 10 });
    expect(result.run).toMatchObject({ run_id: added.run_ids[0], status: "completed" });
  });

  it("streams a run's progress events", async () => {
    const client = sdk();
    const { runIds } = await finishedGroup(client, 1);
    const events = await collect(await client.taskRun.events(runIds[0]));
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ type: "task_run.state", run: { run_id: runIds[0], status: "completed" } });
  });

  it("raises NotFoundError for unknown ids and UnprocessableEntityError for invalid runs", async () => {
    const client = sdk();
    await expect(client.taskGroup.retrieve(`tgrp_${"0".repeat(32)}`)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.taskRun.retrieve(`trun_${"0".repeat(32)}`)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.taskRun.result(`trun_${"0".repeat(32)}`)).rejects.toBeInstanceOf(NotFoundError);

    const group = await client.taskGroup.create({});
    const error = await client.taskGroup
      .addRuns(group.taskgroup_id, { inputs: [{ input: "x", processor: "no-such-processor" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).status).toBe(422);
    expect(JSON.stringify((error as UnprocessableEntityError).error)).toMatch(/processor/);
  });

  it("raises AuthenticationError with a wrong key", async () => {
    await expect(sdk("wrong-key").taskGroup.create({})).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("raises RateLimitError over the add-runs limit", async () => {
    await withEmulator({ rateLimitPerMin: 1 }, async ({ url }) => {
      const client = new Parallel({ apiKey: "any", baseURL: url, maxRetries: 0 });
      const group = await client.taskGroup.create({});
      await client.taskGroup.addRuns(group.taskgroup_id, { inputs: sdkInputs(1) });
      const error = await client.taskGroup.addRuns(group.taskgroup_id, { inputs: sdkInputs(1) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitError);
      expect(Number((error as RateLimitError).headers?.get("retry-after"))).toBeGreaterThan(0);
    });
  });
});
