import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { TaskGroupStatus, TaskRun } from "../parallel/types";
import { groupKeys, type GroupEntry, type GroupHistory } from "./group-queries";
import { applyPending, type PendingGroupEvents } from "./use-group-events";

const GROUP = "tgrp_1";

function run(id: string, status: TaskRun["status"], modifiedAt: string): TaskRun {
  return {
    run_id: id,
    interaction_id: id,
    status,
    is_active: status === "queued" || status === "running",
    processor: "lite",
    metadata: null,
    taskgroup_id: GROUP,
    created_at: "2025-01-01T00:00:00Z",
    modified_at: modifiedAt,
    error: null,
    warnings: null,
  };
}

function status(counts: TaskGroupStatus["task_run_status_counts"], isActive: boolean): TaskGroupStatus {
  const n = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  return { num_task_runs: n, task_run_status_counts: counts, is_active: isActive, status_message: null, modified_at: null };
}

function pending(p: Partial<PendingGroupEvents>): PendingGroupEvents {
  return { status: null, samples: [], runs: new Map(), ...p };
}

const entry = {
  taskgroup_id: GROUP,
  is_active: true,
  num_runs: 2,
  status_counts: { running: 2 },
  status: status({ running: 2 }, true),
} as GroupEntry;

describe("applyPending", () => {
  it("updates the group, its list rows and its history from the latest status", () => {
    const qc = new QueryClient();
    qc.setQueryData(groupKeys.group(GROUP), entry);
    qc.setQueryData(["groups", { q: "" }], { items: [entry, { ...entry, taskgroup_id: "tgrp_2" }], total: 2, nextCursor: null });
    qc.setQueryData<GroupHistory>(groupKeys.history(GROUP), {
      taskgroup_id: GROUP,
      samples: [{ at_ms: 1, num_runs: 2, counts: { running: 2 } }],
    });

    const final = status({ completed: 2 }, false);
    applyPending(qc, GROUP, pending({ status: final, samples: [{ at_ms: 2, num_runs: 2, counts: { completed: 2 } }] }));

    expect(qc.getQueryData<GroupEntry>(groupKeys.group(GROUP))).toMatchObject({
      is_active: false,
      status_counts: { completed: 2 },
      status: final,
    });
    const list = qc.getQueryData<{ items: GroupEntry[] }>(["groups", { q: "" }])!;
    expect(list.items[0]).toMatchObject({ is_active: false });
    expect(list.items[1]).toMatchObject({ is_active: true });
    expect(qc.getQueryData<GroupHistory>(groupKeys.history(GROUP))!.samples.map((s) => s.at_ms)).toEqual([1, 2]);
  });

  it("patches runs by id on the pages, ignores older states and runs not on a page", () => {
    const qc = new QueryClient();
    const a = run("trun_a", "running", "2025-01-01T00:00:01Z");
    const b = run("trun_b", "running", "2025-01-01T00:00:05Z");
    qc.setQueryData(["runs", GROUP, { fields: "" }], { items: [{ run: a }, { run: b }], total: 2 });
    qc.setQueryData(["runs", "tgrp_other", { fields: "" }], { items: [{ run: a }] });

    const runs = new Map([
      ["trun_a", run("trun_a", "completed", "2025-01-01T00:00:03Z")],
      ["trun_b", run("trun_b", "queued", "2025-01-01T00:00:02Z")],
      ["trun_c", run("trun_c", "completed", "2025-01-01T00:00:03Z")],
    ]);
    applyPending(qc, GROUP, pending({ runs }));

    const page = qc.getQueryData<{ items: Array<{ run: TaskRun }> }>(["runs", GROUP, { fields: "" }])!;
    expect(page.items.map((i) => i.run.status)).toEqual(["completed", "running"]);
    expect(qc.getQueryData<{ items: Array<{ run: TaskRun }> }>(["runs", "tgrp_other", { fields: "" }])!.items[0].run.status).toBe(
      "running",
    );
  });

  it("invalidates only pages that show outputs and hold a run that just completed", () => {
    const qc = new QueryClient();
    const a = run("trun_a", "running", "2025-01-01T00:00:01Z");
    qc.setQueryData(["runs", GROUP, { fields: "input,output" }], { items: [{ run: a, output: null }] });
    qc.setQueryData(["runs", GROUP, { fields: "input" }], { items: [{ run: a }] });
    qc.setQueryData(["runs", GROUP, { fields: "output", other: true }], { items: [] });

    applyPending(qc, GROUP, pending({ runs: new Map([["trun_a", run("trun_a", "completed", "2025-01-01T00:00:02Z")]]) }));

    const invalidated = qc
      .getQueryCache()
      .findAll({ queryKey: ["runs", GROUP] })
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey[2]);
    expect(invalidated).toEqual([{ fields: "input,output" }]);
  });
});
