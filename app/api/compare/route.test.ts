import { describe, expect, it } from "vitest";
import type { CompareFigures, CompareRowsPage } from "@/lib/contracts/compare";
import type { TaskRunInput } from "@/lib/parallel/types";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { addRuns, createGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import * as importRoute from "../groups/import/route";
import { GET as exportCsv } from "./export/route";
import { GET as rows } from "./rows/route";
import { GET as figures } from "./route";

const upstream = setUpRouteTests();

const ROWS = 500;
/** Rows from here on get a different input in group B (an extra key), so their generated answers differ. */
const FIRST_CHANGED_ROW = 400;
const FINAL_TIMEOUT_MS = 60_000;

// The emulator's output is a pure function of input and spec: same input, same answer, whatever the
// processor. `always` has one allowed value and `blank` none but "", so they agree on every row; the
// free-text `summary` agrees exactly on the rows whose input is the same.
const SPEC = {
  output_schema: {
    type: "json" as const,
    json_schema: {
      type: "object",
      properties: {
        summary: { type: "string", description: "A short profile of the company" },
        always: { type: "string", enum: ["yes"] },
        blank: { type: "string", maxLength: 0 },
      },
      required: ["summary", "always", "blank"],
    },
  },
};

function inputs(processor: string, changed: boolean): TaskRunInput[] {
  return Array.from({ length: ROWS }, (_, row) => ({
    processor,
    input: { company: `Company ${row}`, ...(changed && row >= FIRST_CHANGED_ROW ? { note: "second look" } : {}) },
    metadata: { row },
    task_spec: SPEC,
  }));
}

async function listedGroupWith(runInputs: TaskRunInput[]): Promise<string> {
  const { taskgroup_id: id } = await createGroup(upstream().api);
  await addRuns(upstream().api, id, runInputs.length, { inputs: runInputs });
  await waitUntilInactive(upstream().api, id, { timeoutMs: FINAL_TIMEOUT_MS });
  const imported = await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } });
  if (imported.status !== 200) throw new Error(`importing ${id} answered ${imported.status}`);
  return id;
}

/** Figures once every compared group is cached in full (ingestion runs in the background). */
async function finalFigures(query: string): Promise<CompareFigures> {
  const deadline = Date.now() + FINAL_TIMEOUT_MS;
  for (;;) {
    const answer = await callRoute<CompareFigures>(figures, "GET", `/api/compare?${query}`);
    expect(answer.status).toBe(200);
    if (answer.body.groups.every((group) => group.final)) return answer.body;
    if (Date.now() > deadline) throw new Error(`groups not cached in full within ${FINAL_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("GET /api/compare on two groups of the same 500 inputs (lite vs base)", () => {
  let a = "";
  let b = "";

  it("gives exact per-field agreement, empty share, cost and failure rate", async () => {
    [a, b] = await Promise.all([listedGroupWith(inputs("lite", false)), listedGroupWith(inputs("base", true))]);
    const result = await finalFigures(`groups=${a},${b}&match=row`);

    expect(result.matched).toBe(ROWS);
    const byField = Object.fromEntries(result.fields.map((field) => [field.field, field]));
    expect(byField.summary).toMatchObject({ compared: ROWS, agreed: FIRST_CHANGED_ROW, agreementRate: 0.8 });
    expect(byField.always).toMatchObject({ compared: ROWS, agreed: ROWS, agreementRate: 1 });
    expect(byField.blank.agreementRate).toBe(1);
    expect(byField.blank.groups.map((group) => group.emptyShare)).toEqual([1, 1]);
    expect(byField.summary.groups.map((group) => group.emptyShare)).toEqual([0, 0]);
    for (const group of byField.summary.groups) {
      const { high, medium, low, none } = group.confidence;
      expect(high + medium + low + none).toBe(ROWS);
      expect(none).toBe(0);
    }

    expect(result.groups.map((group) => group.figures.costUsd)).toEqual([2.5, 5]);
    expect(result.groups.map((group) => group.processors)).toEqual([["lite"], ["base"]]);
    expect(result.groups.map((group) => group.figures.failureRate)).toEqual([0, 0]);
    for (const group of result.groups) expect(group.figures.p90LatencyMs).toBeGreaterThanOrEqual(group.figures.medianLatencyMs ?? Infinity);
  });

  it("matches the same rows by an input field", async () => {
    const result = await finalFigures(`groups=${a},${b}&match=field&by=company`);
    expect(result.matched).toBe(ROWS);
    expect(result.fields.find((field) => field.field === "summary")?.agreed).toBe(FIRST_CHANGED_ROW);
  });

  it("serves the same figures from its cache while neither group changes", async () => {
    const first = await finalFigures(`groups=${a},${b}&match=row`);
    const again = await finalFigures(`groups=${a},${b}&match=row`);
    expect(again.computedAt).toBe(first.computedAt);
  });

  it("pages the disagreements only, each naming the differing field", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: { status: number; body: CompareRowsPage } = await callRoute<CompareRowsPage>(
        rows,
        "GET",
        `/api/compare/rows?groups=${a},${b}&match=row&show=disagreements&limit=40${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      for (const row of page.body.items) {
        expect(row.differing).toEqual(["summary"]);
        seen.push(row.key);
      }
      cursor = page.body.nextCursor;
    }
    expect(seen).toEqual(Array.from({ length: ROWS - FIRST_CHANGED_ROW }, (_, index) => String(FIRST_CHANGED_ROW + index)));
  });

  it("exports one column per group and field", async () => {
    const response = await exportCsv.withDeps(routeTestDeps())(
      new Request(`http://console.test/api/compare/export?groups=${a},${b}&match=row`),
      { params: Promise.resolve({}) },
    );
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      ["key", ...[a, b].flatMap((id) => [`${id}.run_id`, `${id}.status`, `${id}.always`, `${id}.blank`, `${id}.summary`])].join(","),
    );
    expect(lines).toHaveLength(ROWS + 1);
  });

  it("names what is wrong with the query", async () => {
    const one = await callRoute<{ error: { message: string } }>(figures, "GET", `/api/compare?groups=${a}`);
    expect(one.status).toBe(422);
    expect(one.body.error.message).toMatch(/groups.*2 or 3 groups/);
    const noField = await callRoute<{ error: { message: string } }>(figures, "GET", `/api/compare?groups=${a},${b}&match=field`);
    expect(noField.status).toBe(422);
    expect(noField.body.error.message).toMatch(/by.*input field/);
  });
});
