import { afterEach, describe, expect, it, vi } from "vitest";
import type { TaskRun } from "@/lib/parallel/types";
import { createFinishedListedGroup, importListedGroup } from "@/lib/registry/listed-group-builders";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { applyRunStateEvents } from "@/lib/run-cache/apply-run-state-events";
import type { RunsPage } from "@/lib/run-cache/get-runs-page";
import { ensureIngestion, isIngesting, MIN_INGEST_INTERVAL_MS } from "@/lib/run-cache/ingestion-jobs";
import { addManyRuns } from "@/lib/run-cache/test-support";
import { createGroup, getGroup } from "@/lib/testing/task-group-builders";
import * as importRoute from "../../import/route";
import * as groupRoute from "../route";
import { GET } from "./route";

// One emulator for the file; the last test stops it to prove a final group needs no upstream.
const upstream = setUpRouteTests({ failureRate: 0.05 });

interface ErrorBody {
  error: { code: string; message: string };
}

const runs = (id: string, query = "") => callRoute<RunsPage>(GET, "GET", `/api/groups/${id}/runs${query}`, { params: { id } });

afterEach(() => {
  vi.restoreAllMocks();
});

const QUICK_RUNS = 3;
const PREMISE_ATTEMPTS = 5;

/**
 * A group whose quick runs were cached while still active, kept active by slow runs (0.6 s to 14 s
 * each here). On a loaded machine the quick runs may finish before the first page is read: then the
 * premise does not hold, and a new group is made.
 */
async function cacheQuickRunsWhileActive(): Promise<{ groupId: string; quickRuns: string[] }> {
  for (let attempt = 1; attempt <= PREMISE_ATTEMPTS; attempt++) {
    const group = await createGroup(upstream().api);
    // pro: 0.24 s to 1.2 s here, time enough to read the first page before they finish, on either database.
    const quickRuns = await addManyRuns(upstream().api, group.taskgroup_id, QUICK_RUNS, { processor: "pro" });
    await addManyRuns(upstream().api, group.taskgroup_id, 20, { processor: "ultra8x" });
    await importListedGroup(group.taskgroup_id);
    const first = await runs(group.taskgroup_id, "?fields=output");
    const cached = first.body.items.filter((item) => quickRuns.includes(item.run.run_id));
    if (cached.length === QUICK_RUNS && cached.every((item) => item.run.is_active && item.output === null)) {
      return { groupId: group.taskgroup_id, quickRuns };
    }
  }
  throw new Error(`the quick runs finished before the first page was read in ${PREMISE_ATTEMPTS} attempts`);
}

async function getGroupEntry(groupId: string) {
  return (await routeTestDeps().db.selectFrom("groups").select("id").where("id", "=", groupId).executeTakeFirst()) ?? null;
}

describe("GET /api/groups/{id}/runs", () => {
  let bigGroupId = "";
  let bigRunIds: string[] = [];

  it("answers the first page of a 20,000-run group while ingestion is still running", async () => {
    ({ groupId: bigGroupId, runIds: bigRunIds } = await createFinishedListedGroup(upstream().api, {
      metadata: { name: "twenty thousand" },
      runs: 20_000,
      timeoutMs: 60_000,
    }));

    const started = performance.now();
    const first = await runs(bigGroupId, "?limit=50");
    const firstPageMs = performance.now() - started;
    expect(first.status).toBe(200);
    expect(first.body.ingestion.complete).toBe(false);
    expect(first.body.ingestion.running).toBe(true);
    expect(first.body.items.map((item) => item.run.run_id)).toEqual(bigRunIds.slice(0, 50));
    expect(first.body.nextCursor).not.toBeNull();

    // The rest of the ingestion, for comparison.
    await ensureIngestion({ db: routeTestDeps().db, target: routeTestDeps().target, groupId: bigGroupId });
    const fullMs = performance.now() - started;
    console.log(`20,000-run group: first page in ${Math.round(firstPageMs)} ms, whole ingestion in ${Math.round(fullMs)} ms`);
    expect(firstPageMs).toBeLessThan(fullMs / 3);

    const done = await runs(bigGroupId, "?limit=1");
    expect(done.body.ingestion).toMatchObject({ complete: true, final: true, ingested: 20_000, running: false, error: null });
    expect(done.body.total).toBe(20_000);
  });

  it("filters, searches and pages through exactly the expected runs, with the fields asked for", async () => {
    const counts = (await getGroup(upstream().api, bigGroupId)).status.task_run_status_counts;
    expect(counts.failed).toBeGreaterThan(0);
    const failed: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: RunsPage } = await runs(
        bigGroupId,
        `?status=failed&limit=500${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.body.total).toBe(counts.failed);
      expect(page.body.items.every((item) => item.run.status === "failed" && !("input" in item) && !("output" in item))).toBe(true);
      failed.push(...page.body.items.map((item) => item.run.run_id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(failed.length).toBe(counts.failed);
    expect(failed).toEqual(bigRunIds.filter((id) => failed.includes(id)));

    // addManyRuns labels batch b's inputs "Company b #i": this finds input #7 of batch 3 only.
    const searched = await runs(bigGroupId, `?q=${encodeURIComponent("company 3 #7:")}&fields=input,output`);
    expect(searched.body.items.map((item) => item.run.run_id)).toEqual([bigRunIds[3_007]]);
    expect(searched.body.items[0].input?.input).toBe("Company 3 #7: find the company's profile");
    expect(Object.keys(searched.body.items[0]).sort()).toEqual(["input", "output", "run"]);

    const outputsOnly = await runs(bigGroupId, "?status=completed&limit=5&fields=output");
    expect(outputsOnly.body.items.every((item) => item.output && !("input" in item))).toBe(true);

    for (const [query, param] of [
      ["?status=done", "status"],
      ["?limit=501", "limit"],
      ["?fields=input,secret", "fields"],
      ["?cursor=zzz", "cursor"],
    ]) {
      const refused = await callRoute<ErrorBody>(GET, "GET", `/api/groups/${bigGroupId}/runs${query}`, { params: { id: bigGroupId } });
      expect(refused.status, query).toBe(422);
      expect(refused.body.error.message).toContain(`'${param}'`);
    }
  });

  it("fills the output of a run that finished after it was cached, while the group is active", async () => {
    const { groupId, quickRuns } = await cacheQuickRunsWhileActive();
    const { db } = routeTestDeps();
    // Runs fail at random here (5%): of three quick runs, the first that completes is the one checked.
    let quick: string | undefined;
    for (const runId of quickRuns) {
      const result = await upstream().api.json<{ run_id: string }>("GET", `/v1/tasks/runs/${runId}/result`, { query: { timeout: 60 } });
      if (result.status === 200) {
        quick = runId;
        break;
      }
    }
    expect(quick, "one of three quick runs completes").toBeDefined();
    // What the fan-out hub does when it relays the run's terminal event (events carry no output).
    const run = (await upstream().api.json<TaskRun>("GET", `/v1/tasks/runs/${quick}`)).body;
    expect(await applyRunStateEvents({ db, groupId, events: [{ type: "task_run.state", event_id: null, run }] })).toBe(1);

    const later = await runs(groupId, "?fields=output");
    const item = later.body.items.find((i) => i.run.run_id === quick);
    expect(item?.run.status).toBe("completed");
    expect(item?.output?.type).toBeDefined();
    expect(later.body.ingestion.final).toBe(false);
    // The premise: the group was active all along, so no catch-up pass could have filled it.
    expect((await getGroup(upstream().api, groupId)).status.is_active).toBe(true);
  });

  it("answers not_in_registry for an unseen group, the page once it is imported, and 404 for one the upstream does not know", async () => {
    const group = await createGroup(upstream().api, { name: "unseen" });
    await addManyRuns(upstream().api, group.taskgroup_id, 3);
    // A GET never adds a group: the page first imports it with a POST.
    const unseen = await callRoute<ErrorBody>(GET, "GET", `/api/groups/${group.taskgroup_id}/runs`, { params: { id: group.taskgroup_id } });
    expect(unseen.status).toBe(404);
    expect(unseen.body.error.code).toBe("not_in_registry");
    expect(await getGroupEntry(group.taskgroup_id)).toBeNull();
    expect((await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id: group.taskgroup_id } })).status).toBe(200);
    const page = await runs(group.taskgroup_id);
    expect(page.status).toBe(200);
    const entry = await callRoute<{ source: string }>(groupRoute.GET, "GET", `/api/groups/${group.taskgroup_id}`, {
      params: { id: group.taskgroup_id },
    });
    expect(entry.body.source).toBe("imported");
    const unknown = "tgrp_0123456789abcdef0123456789abcdef";
    expect((await runs(unknown)).status).toBe(404);
  });

  it("serves a final group from the cache with the upstream stopped, and names the upstream otherwise", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    await upstream().emulator.close();
    // Past the re-read throttle, so that a request that did start an ingestion would show it.
    await new Promise((resolve) => setTimeout(resolve, MIN_INGEST_INTERVAL_MS + 50));

    const page = await runs(bigGroupId, "?status=completed&limit=20&fields=input,output");
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBe(20);
    expect(page.body.items.every((item) => item.run.status === "completed" && item.input && item.output)).toBe(true);
    expect(page.body.ingestion.final).toBe(true);
    expect(isIngesting({ db: routeTestDeps().db, groupId: bigGroupId })).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();

    const refreshed = await callRoute<ErrorBody>(groupRoute.GET, "GET", `/api/groups/${bigGroupId}`, { params: { id: bigGroupId } });
    expect(refreshed.status).toBe(502);
    expect(refreshed.body.error.code).toBe("upstream_unreachable");
    expect(refreshed.body.error.message).toContain(upstream().emulator.url);
  });
});
