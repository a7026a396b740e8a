import { describe, expect, it } from "vitest";
import type { TaskGroupResponse, TaskRun } from "@/lib/parallel/types";
import { getProcessor } from "@/lib/parallel/processors";
import { addRuns, createGroup, getGroup, getRun, sharedEmulator, waitUntilInactive, withEmulator } from "@/lib/testing/emulator-harness";

// Runs move queued → running → completed, take as long as their processor says (scaled), respect
// the concurrency limit, and the group summary always adds up.

const emulator = sharedEmulator();

describe("run lifecycle", () => {
  it("a run only moves forward through queued, running, completed, and is_active follows its status", async () => {
    // timeScale 0.01: lite takes 100–600 ms, long enough to see it running.
    await withEmulator({ timeScale: 0.01, concurrency: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 2);
      const seen: TaskRun[] = [];
      for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
        const run = await getRun(api, added.run_ids[1]);
        if (seen.at(-1)?.status !== run.status) seen.push(run);
        if (run.status === "completed") break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const statuses = seen.map((r) => r.status);
      expect(statuses).toEqual(["queued", "running", "completed"]);
      for (const run of seen) expect(run.is_active).toBe(run.status !== "completed");
      const last = seen.at(-1)!;
      expect(Date.parse(last.modified_at!)).toBeGreaterThanOrEqual(Date.parse(last.created_at!));
    });
  });

  it.each(["lite", "base", "lite-fast"])("%s runs take their processor's latency range, scaled", async (processor) => {
    const timeScale = 0.005;
    await withEmulator({ timeScale }, async ({ api }) => {
      const { minLatencyMs, maxLatencyMs } = getProcessor(processor)!;
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 6, { processor });
      await waitUntilInactive(api, group.taskgroup_id);
      for (const runId of added.run_ids) {
        const run = await getRun(api, runId);
        expect(run).toMatchObject({ status: "completed", processor });
        const tookMs = Date.parse(run.modified_at!) - Date.parse(run.created_at!);
        expect(tookMs).toBeGreaterThanOrEqual(minLatencyMs * timeScale - 5);
        // Generous on top: a loaded machine may start or finish runs late, never early.
        expect(tookMs).toBeLessThanOrEqual(maxLatencyMs * timeScale + 750);
      }
    });
  });

  it("never runs more than the concurrency limit at once, and still finishes everything", async () => {
    await withEmulator({ concurrency: 2 }, async ({ api }) => {
      const group = await createGroup(api);
      await addRuns(api, group.taskgroup_id, 8);
      let summary: TaskGroupResponse;
      let maxRunning = 0;
      do {
        summary = await getGroup(api, group.taskgroup_id);
        maxRunning = Math.max(maxRunning, summary.status.task_run_status_counts.running ?? 0);
      } while (summary.status.is_active);
      expect(maxRunning).toBeGreaterThan(0);
      expect(maxRunning).toBeLessThanOrEqual(2);
      expect(summary.status.task_run_status_counts).toMatchObject({ completed: 8 });
    });
  });

  it("the group summary adds up while runs progress and after they finish", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const added = await addRuns(api, group.taskgroup_id, 10);
    expect(added.status.num_task_runs).toBe(10);
    expect(added.status.is_active).toBe(true);
    for (;;) {
      const { status } = await getGroup(api, group.taskgroup_id);
      const total = Object.values(status.task_run_status_counts).reduce((sum, n) => sum + (n ?? 0), 0);
      expect(total).toBe(10);
      const active = (status.task_run_status_counts.queued ?? 0) + (status.task_run_status_counts.running ?? 0) > 0;
      expect(status.is_active).toBe(active);
      if (!status.is_active) break;
    }
    const finished = await waitUntilInactive(api, group.taskgroup_id);
    expect(finished.status.task_run_status_counts).toMatchObject({ completed: 10 });
  });
});
