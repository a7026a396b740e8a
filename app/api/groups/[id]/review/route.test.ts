import { describe, expect, it } from "vitest";
import type { ReviewDecisionRecord, ReviewPage } from "@/lib/contracts/group-review";
import type { RunsPage } from "@/lib/contracts/group-runs";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { addRuns, createGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import { COMPANY_PROFILE_SCHEMA, jsonSpec } from "@/lib/testing/sample-schemas";
import * as importRoute from "../../import/route";
import { GET as exportRuns } from "../export/route";
import { GET as runs } from "../runs/route";
import { POST as decide } from "./decisions/route";
import { GET as queue } from "./route";

const upstream = setUpRouteTests();
const TIMEOUT_MS = 60_000;
const RUNS = 40;

/** A finished group of RUNS runs, listed and cached in full; answers its id and runs page. */
async function cachedGroup(): Promise<{ id: string; page: RunsPage }> {
  const { taskgroup_id: id } = await createGroup(upstream().api);
  await addRuns(upstream().api, id, RUNS, { defaultTaskSpec: jsonSpec(COMPANY_PROFILE_SCHEMA) });
  await waitUntilInactive(upstream().api, id, { timeoutMs: TIMEOUT_MS });
  await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } });
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const page = await callRoute<RunsPage>(runs, "GET", `/api/groups/${id}/runs?limit=100&fields=input,output`, { params: { id } });
    if (page.body.ingestion.final) return { id, page: page.body };
    if (Date.now() > deadline) throw new Error(`group ${id} not cached within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const queueOf = (id: string, query = "") => callRoute<ReviewPage>(queue, "GET", `/api/groups/${id}/review${query}`, { params: { id } });
const decideOn = (id: string, body: unknown) =>
  callRoute<ReviewDecisionRecord & { error: { message: string } }>(decide, "POST", `/api/groups/${id}/review/decisions`, {
    params: { id },
    body,
  });

describe("the review queue", () => {
  it("lists every low-confidence field (and medium when asked), with its value, reasoning, citations and input", async () => {
    const { id, page } = await cachedGroup();
    const basisWith = (levels: string[]) =>
      page.items.flatMap((item) =>
        (item.output?.basis ?? [])
          .filter((basis) => levels.includes(String(basis.confidence)))
          .map((basis) => `${item.run.run_id}/${basis.field}`),
      );

    const low = await queueOf(id, "?limit=200");
    expect(low.status).toBe(200);
    expect(low.body.items.map((item) => `${item.runId}/${item.field}`)).toEqual(basisWith(["low"]));
    expect(low.body.progress).toEqual({ total: basisWith(["low"]).length, decided: 0 });
    const first = low.body.items[0];
    const run = page.items.find((item) => item.run.run_id === first.runId);
    expect(first.value).toEqual((run?.output?.content as Record<string, unknown>)[first.field]);
    expect(first.input).toEqual(run?.input?.input);
    expect(first.citations.length).toBeGreaterThan(0);
    expect(first.reasoning).not.toBe("");

    const both = await queueOf(id, "?levels=low,medium&limit=200");
    expect(both.body.progress.total).toBe(basisWith(["low", "medium"]).length);

    // Paging by cursor gives the same entries once each.
    const paged: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const next: { body: ReviewPage } = await queueOf(id, `?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      paged.push(...next.body.items.map((item) => `${item.runId}/${item.field}`));
      cursor = next.body.nextCursor;
    }
    expect(paged).toEqual(basisWith(["low"]));
  });

  it("stores accept, edit and wrong with reviewer and time; the export carries the reviewed values beside the originals", async () => {
    const { id } = await cachedGroup();
    const [a, b, c] = (await queueOf(id)).body.items;
    expect((await decideOn(id, { runId: a.runId, field: a.field, decision: "accepted" })).body).toMatchObject({
      decision: "accepted",
      reviewedValue: a.value,
      reviewer: "admin@console.test",
      decidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    await decideOn(id, { runId: b.runId, field: b.field, decision: "edited", value: "Reviewed, by hand" });
    await decideOn(id, { runId: c.runId, field: c.field, decision: "wrong", note: "source is a forum post" });

    const after = await queueOf(id);
    expect(after.body.progress.decided).toBe(3);
    expect(after.body.items[2].decision).toMatchObject({ decision: "wrong", note: "source is a forum post", reviewedValue: null });
    expect(after.body.items[1].value).toEqual(b.value);

    const response = await exportRuns.withDeps(routeTestDeps())(new Request(`http://console.test/api/groups/${id}/export`), {
      params: Promise.resolve({ id }),
    });
    const [header, ...lines] = (await response.text()).trimEnd().split("\r\n");
    const columns = header.split(",");
    expect(columns).toContain("reviewed");
    expect(columns).toContain(`reviewed.${b.field}`);
    const lineOf = (runId: string) => lines.find((line) => line.startsWith(`${runId},`)) ?? "";
    expect(lineOf(b.runId)).toContain('"Reviewed, by hand"');
    expect(lineOf(b.runId)).toContain(`${b.field}=edited`);
    expect(columns).toContain(`output.${b.field}`);
  });

  it("says what is wrong with a decision", async () => {
    const { id } = await cachedGroup();
    const [item] = (await queueOf(id)).body.items;
    const noValue = await decideOn(id, { runId: item.runId, field: item.field, decision: "edited" });
    expect(noValue.status).toBe(422);
    expect(noValue.body.error.message).toMatch(/value.*required when decision is edited/);
    const noField = await decideOn(id, { runId: item.runId, field: "nope", decision: "accepted" });
    expect(noField.status).toBe(422);
    expect(noField.body.error.message).toMatch(/no output field 'nope'/);
    const noRun = await decideOn(id, { runId: "trun_missing", field: item.field, decision: "accepted" });
    expect(noRun.status).toBe(404);
  });
});
