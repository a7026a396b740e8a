import { describe, expect, it } from "vitest";
import type { CompareFigures } from "@/lib/contracts/compare";
import type { SampleGroup } from "@/lib/contracts/group-sample";
import type { RunsPage } from "@/lib/contracts/group-runs";
import { callRoute, setUpRouteTests } from "@/lib/registry/route-test-support";
import { addRuns, createGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import { GET as compare } from "../../../compare/route";
import * as importRoute from "../../import/route";
import { GET as runs } from "../runs/route";
import { GET as spend } from "../spend/route";
import type { GroupSpendView } from "@/lib/contracts/spend";
import { POST } from "./route";

const upstream = setUpRouteTests();
const TIMEOUT_MS = 60_000;

async function listedGroup(count: number): Promise<string> {
  const { taskgroup_id: id } = await createGroup(upstream().api, { name: "source" });
  await addRuns(upstream().api, id, count, { processor: "lite", metadata: (index) => ({ upload_id: "upl_x", row: index + 1 }) });
  await waitUntilInactive(upstream().api, id, { timeoutMs: TIMEOUT_MS });
  await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } });
  return id;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("POST /api/groups/{id}/samples", () => {
  it("reruns a random sample on another processor, and the comparison pairs each run with its source", async () => {
    const source = await listedGroup(50);
    const made = await callRoute<SampleGroup>(POST, "POST", `/api/groups/${source}/samples`, {
      params: { id: source },
      body: { method: "random", size: 20, seed: 7, processor: "core" },
    });
    expect(made.status).toBe(201);
    expect(made.body.runIds).toHaveLength(20);
    // Spent like any add-runs call: 20 runs on core at $25 per 1,000.
    const sampleSpend = await callRoute<GroupSpendView>(spend, "GET", `/api/groups/${made.body.group.taskgroup_id}/spend`, {
      params: { id: made.body.group.taskgroup_id },
    });
    expect(sampleSpend.body).toMatchObject({ runs: 20, usd: 0.5 });
    expect(made.body.group.metadata).toMatchObject({ source_group: source, sample: "random 20 (seed 7)", name: "source · core sample" });
    const sample = made.body.group.taskgroup_id;

    const page = await until(
      () => callRoute<RunsPage>(runs, "GET", `/api/groups/${sample}/runs?limit=100`, { params: { id: sample } }),
      (answer) => answer.body.items.length === 20,
    );
    for (const item of page.body.items) {
      expect(item.run.processor).toBe("core");
      expect(item.run.metadata).toMatchObject({
        source_group: source,
        source_run: expect.stringMatching(/^trun_/),
        row: expect.any(Number),
      });
    }

    await waitUntilInactive(upstream().api, sample, { timeoutMs: TIMEOUT_MS });
    const figures = await until(
      () => callRoute<CompareFigures>(compare, "GET", `/api/compare?groups=${source},${sample}`),
      (answer) => answer.status === 200 && answer.body.groups.every((group) => group.final),
    );
    expect(figures.body.matched).toBe(20);
    // Same inputs and spec: the emulator gives the same answers whatever the processor.
    for (const field of figures.body.fields) expect(field.agreementRate).toBe(1);
    expect(figures.body.groups.map((group) => group.figures.costUsd)).toEqual([0.25, 0.5]);

    const byRow = await callRoute<CompareFigures>(compare, "GET", `/api/compare?groups=${source},${sample}&match=row`);
    expect(byRow.body.matched).toBe(20);
  });

  it("draws the same rows again from the same seed", async () => {
    const source = await listedGroup(30);
    const sourceRunsOf = async (made: SampleGroup) => {
      const id = made.group.taskgroup_id;
      const page = await until(
        () => callRoute<RunsPage>(runs, "GET", `/api/groups/${id}/runs?limit=100`, { params: { id } }),
        (answer) => answer.body.items.length === 5,
      );
      return page.body.items.map((item) => item.run.metadata?.source_run);
    };
    const body = { method: "random", size: 5, seed: 12345, processor: "base" };
    const first = await callRoute<SampleGroup>(POST, "POST", `/api/groups/${source}/samples`, { params: { id: source }, body });
    const again = await callRoute<SampleGroup>(POST, "POST", `/api/groups/${source}/samples`, { params: { id: source }, body });
    expect(await sourceRunsOf(again.body)).toEqual(await sourceRunsOf(first.body));
  });

  it("says what is wrong: an unknown processor, too large a sample, no failed runs", async () => {
    const source = await listedGroup(3);
    const call = (body: unknown) =>
      callRoute<{ error: { message: string } }>(POST, "POST", `/api/groups/${source}/samples`, { params: { id: source }, body });
    const unknown = await call({ method: "first", size: 2, processor: "turbo" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toMatch(/processor.*must be a processor the API offers/);
    const large = await call({ method: "first", size: 5_000, processor: "lite" });
    expect(large.status).toBe(422);
    expect(large.body.error.message).toMatch(/size.*at most 1000/);
    const noFailed = await call({ method: "failed", size: 10, processor: "lite" });
    expect(noFailed.status).toBe(422);
    expect(noFailed.body.error.message).toMatch(/no failed runs to sample/);
  });
});
