import { describe, expect, it } from "vitest";
import type { RunStatus } from "@/lib/parallel/types";
import type { GroupEntry } from "@/lib/registry/group-entry";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import type { RunsPage } from "@/lib/run-cache/get-runs-page";
import { createGroup, getGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import { addManyRuns } from "@/lib/run-cache/test-support";
import * as importRoute from "../import/route";
import { GET as exportRoute } from "./export/route";
import * as groupRoute from "./route";
import { GET as runsRoute } from "./runs/route";

// The statuses besides completed and failed, produced by the emulator, through the console's own
// endpoints: the group's counts, the runs table's filter and the exports.

const upstream = setUpRouteTests({ cancelRate: 0.3, actionRequiredRate: 0.3, failureRate: 0.2 });

const RUNS = 60;

describe("cancelled runs and runs that passed through action_required", () => {
  it("are counted, filtered and exported with their status", async () => {
    const group = await createGroup(upstream().api);
    const id = group.taskgroup_id;
    expect((await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } })).status).toBe(200);
    await addManyRuns(upstream().api, id, RUNS);
    const counts = (await waitUntilInactive(upstream().api, id)).status.task_run_status_counts;
    expect(counts.cancelled).toBeGreaterThan(0);

    // The entry follows the upstream's counts (read fresh: the group is final now).
    const entry = await callRoute<GroupEntry>(groupRoute.GET, "GET", `/api/groups/${id}`, { params: { id } });
    expect(entry.body.status_counts).toEqual(counts);
    expect(entry.body.is_active).toBe(false);

    const page = async (status: RunStatus) => {
      const answer = await callRoute<RunsPage>(runsRoute, "GET", `/api/groups/${id}/runs?status=${status}&limit=500`, { params: { id } });
      expect(answer.status).toBe(200);
      return answer.body;
    };
    const cancelled = await page("cancelled");
    expect(cancelled.total).toBe(counts.cancelled);
    expect(cancelled.items.map((item) => [item.run.status, item.run.is_active])).toEqual(
      Array.from({ length: counts.cancelled ?? 0 }, () => ["cancelled", false]),
    );
    expect((await page("action_required")).total).toBe(0);

    const request = new Request(`http://console.test/api/groups/${id}/export?format=jsonl`);
    const response = await exportRoute.withDeps(routeTestDeps())(request, { params: Promise.resolve({ id }) });
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { run: { status: RunStatus } });
    const exported: Partial<Record<RunStatus, number>> = {};
    for (const { run } of lines) exported[run.status] = (exported[run.status] ?? 0) + 1;
    expect(exported).toEqual((await getGroup(upstream().api, id)).status.task_run_status_counts);
  });
});
