import Parallel from "parallel-web";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ConsoleDatabase } from "@/lib/registry/database-schema";
import { getStatusHistory } from "@/lib/registry/get-status-history";
import { listGroups } from "@/lib/registry/list-groups";
import { makeReadOnly, openTestConsoleDatabase } from "@/lib/testing/test-console-database";
import { readSse } from "@/lib/testing/sse";
import type { TestEmulator } from "@/lib/testing/emulator-harness";
import { registryHooks } from "../registry-hooks";
import { startRegistryGateway, startTestGateway, type RegistryGateway, type TestGateway } from "./gateway-harness";

// What flows through the gateway lands in the console's database: created groups, status history,
// and run states for the run cache.
let setup: RegistryGateway;
let emulator: TestEmulator;
let gateway: TestGateway;
let db: ConsoleDatabase;

beforeAll(async () => {
  setup = await startRegistryGateway("v1beta", { concurrency: 20 });
  ({ emulator, gateway, db } = setup);
});

afterAll(() => setup.close());

describe("the gateway feeds the registry", () => {
  it("remembers a group created through the proxy and records its status history from the hub", async () => {
    const client = new Parallel({ apiKey: "unused", baseURL: gateway.baseURL, maxRetries: 0 });
    const group = await client.taskGroup.create({ metadata: { name: "made through the gateway" } });
    await expect
      .poll(async () => (await listGroups({ db, q: "made through the gateway" })).items.map((g) => g.taskgroup_id))
      .toEqual([group.taskgroup_id]);

    await client.taskGroup.addRuns(group.taskgroup_id, {
      inputs: Array.from({ length: 60 }, (_, i) => ({ processor: "base", input: `question ${i}` })),
    });
    // Adding runs through the gateway updates the registry at once (a finished group's cache reopens).
    await expect
      .poll(async () => (await listGroups({ db, q: "made through the gateway" })).items[0])
      .toMatchObject({ num_runs: 60, is_active: true });
    const read = await readSse(await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${group.taskgroup_id}/events`), {
      timeLimitMs: 30_000,
    });
    expect(read.ended).toBe("closed");
    await expect.poll(async () => (await getStatusHistory({ db, groupId: group.taskgroup_id })).at(-1)?.counts).toEqual({ completed: 60 });
    const history = await getStatusHistory({ db, groupId: group.taskgroup_id });
    expect(history.length).toBeGreaterThanOrEqual(2);
    const [entry] = (await listGroups({ db, q: "made through the gateway" })).items;
    expect(entry).toMatchObject({ is_active: false, num_runs: 60, status_counts: { completed: 60 } });
  }, 60_000);

  it("answers the caller with the new group when the registry cannot store it, and logs the group's id", async () => {
    const readOnlyDb = await openTestConsoleDatabase();
    await makeReadOnly(readOnlyDb);
    const target = { baseUrl: emulator.url, prefix: "v1beta" as const, apiKey: undefined };
    const readOnlyGateway = await startTestGateway(
      target,
      registryHooks(async () => readOnlyDb, target),
    );
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const client = new Parallel({ apiKey: "unused", baseURL: readOnlyGateway.baseURL, maxRetries: 0 });
      const group = await client.taskGroup.create({ metadata: { name: "not recorded" } });
      expect(group.taskgroup_id).toMatch(/^tgrp_/);
      await expect.poll(() => logged.mock.calls.flat().map(String).join("\n")).toContain(group.taskgroup_id);
      expect((await listGroups({ db: readOnlyDb })).total).toBe(0);
    } finally {
      logged.mockRestore();
      await readOnlyGateway.close();
      await readOnlyDb.destroy();
    }
  });
});
