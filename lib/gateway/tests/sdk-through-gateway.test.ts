import Parallel, { NotFoundError, UnprocessableEntityError } from "parallel-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPANY_PROFILE_SCHEMA } from "@/lib/testing/sample-schemas";
import { expectMatchesJsonSchema } from "@/lib/testing/expect-json-schema";
import { startTestEmulator, type TestEmulator } from "@/lib/testing/emulator-harness";
import { startTestGateway, type TestGateway } from "./gateway-harness";

// The official SDK, unchanged, pointed at the gateway: the console must be a drop-in for the API.
let emulator: TestEmulator;
let gateway: TestGateway;
let client: Parallel;

beforeAll(async () => {
  emulator = await startTestEmulator({ apiKey: "server-side-key" });
  gateway = await startTestGateway({ baseUrl: emulator.url, prefix: "v1beta", apiKey: "server-side-key" });
  client = new Parallel({ apiKey: "a-key-the-gateway-must-ignore", baseURL: gateway.baseURL, maxRetries: 0 });
});

afterAll(async () => {
  await gateway.close();
  await emulator.cleanup();
});

describe("the official SDK through the gateway", () => {
  it("creates a group, adds 150 runs in one call, follows events to the end and reads every output", async () => {
    const group = await client.taskGroup.create({ metadata: { name: "through the gateway" } });
    expect(group.taskgroup_id).toMatch(/^tgrp_/);
    const inputs = Array.from({ length: 150 }, (_, i) => ({ processor: "lite", input: { company: `Company ${i}` } }));
    const added = await client.taskGroup.addRuns(group.taskgroup_id, {
      inputs,
      default_task_spec: { output_schema: { type: "json", json_schema: COMPANY_PROFILE_SCHEMA } },
    });
    expect(added.run_ids).toHaveLength(150);

    const finished = new Set<string>();
    let last: { type: string; status?: { is_active: boolean } } | undefined;
    for await (const event of await client.taskGroup.events(group.taskgroup_id)) {
      if (event.type === "task_run.state") finished.add(event.run.run_id);
      last = event as typeof last;
    }
    expect(finished).toEqual(new Set(added.run_ids));
    expect(last).toMatchObject({ type: "task_group_status", status: { is_active: false } });

    const events = [];
    for await (const event of await client.taskGroup.getRuns(group.taskgroup_id, { include_input: true, include_output: true })) {
      events.push(event);
    }
    expect(events).toHaveLength(150);
    for (const event of events) {
      if (event.type !== "task_run.state") throw new Error(`unexpected ${event.type}`);
      expect(event.input?.input).toEqual(inputs[added.run_ids.indexOf(event.run.run_id)].input);
      expectMatchesJsonSchema(COMPANY_PROFILE_SCHEMA, (event.output as { content: unknown }).content, event.run.run_id);
    }

    const middle = events[74] as { event_id: string };
    const rest = [];
    for await (const event of await client.taskGroup.getRuns(group.taskgroup_id, { last_event_id: middle.event_id })) rest.push(event);
    expect(rest.map((e) => (e as { run: { run_id: string } }).run.run_id)).toEqual(
      events.slice(75).map((e) => (e as { run: { run_id: string } }).run.run_id),
    );

    const runId = added.run_ids[0];
    expect((await client.taskRun.retrieve(runId)).status).toBe("completed");
    const result = await client.taskRun.result(runId);
    expect(result.output.type).toBe("json");
    expect((await client.taskRun.retrieveInput(runId)).input).toEqual(inputs[0].input);
  });

  it("raises the SDK's typed errors for an unknown group and an invalid body", async () => {
    await expect(client.taskGroup.retrieve("tgrp_00000000000000000000000000000000")).rejects.toBeInstanceOf(NotFoundError);
    const group = await client.taskGroup.create({});
    const error = await client.taskGroup
      .addRuns(group.taskgroup_id, { inputs: [{ processor: "lite", input: "ok" }, { processor: "lite" } as never] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(String((error as Error).message)).toContain("inputs[1].input");
  });
});
