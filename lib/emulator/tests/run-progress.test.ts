import { describe, expect, it } from "vitest";
import type { TaskRunEvent, TaskRunProgressStatsEvent } from "@/lib/parallel/types";
import { API_PREFIXES } from "@/lib/testing/api-client";
import { addRuns, createGroup, sharedEmulator, waitUntilInactive } from "@/lib/testing/emulator-harness";
import type { SseRead } from "@/lib/testing/sse";
import { eventData } from "@/lib/testing/stream-events";

// GET /tasks/runs/{id}/events: the run's trace so far (progress messages and stats), then live, then
// exactly one final task_run.state once the run is terminal, then the stream closes.

const emulator = sharedEmulator();

function expectProgressThenFinalState(read: SseRead, runId: string): TaskRunEvent {
  expect(read.status).toBe(200);
  expect(read.ended).toBe("closed");
  const types = eventData(read).map((d) => d.type ?? "");
  expect(types.filter((t) => t === "task_run.state")).toHaveLength(1);
  expect(types.at(-1)).toBe("task_run.state");
  const progress = types.slice(0, -1);
  expect(progress.length).toBeGreaterThan(0);
  for (const type of progress)
    expect(type).toMatch(/^task_run\.(progress_msg\.(plan|search|result|tool_call|exec_status)|progress_stats)$/);
  expect(progress.some((t) => t.startsWith("task_run.progress_msg."))).toBe(true);
  expect(progress).toContain("task_run.progress_stats");

  const meters = eventData(read)
    .filter((d) => d.type === "task_run.progress_stats")
    .map((d) => (d as unknown as TaskRunProgressStatsEvent).progress_meter);
  for (const meter of meters) expect(meter).toBeGreaterThanOrEqual(0);
  for (const meter of meters) expect(meter).toBeLessThanOrEqual(100);
  expect(meters).toEqual([...meters].sort((a, b) => a - b));

  const final = eventData(read).at(-1) as unknown as TaskRunEvent;
  expect(final.run).toMatchObject({ run_id: runId, status: "completed", is_active: false });
  return final;
}

describe.each(API_PREFIXES)("run progress stream under %s", (prefix) => {
  it("followed live from the start: progress, then one final state, then it closes", async () => {
    const api = emulator().api.withPrefix(prefix);
    const group = await createGroup(api);
    const added = await addRuns(api, group.taskgroup_id, 1, { processor: "base" });
    const read = await api.sse(`/tasks/runs/${added.run_ids[0]}/events`);
    expectProgressThenFinalState(read, added.run_ids[0]);
  });

  it("after the run finished: the whole trace is replayed, the same on every connect", async () => {
    const api = emulator().api.withPrefix(prefix);
    const group = await createGroup(api);
    const added = await addRuns(api, group.taskgroup_id, 1);
    await waitUntilInactive(api, group.taskgroup_id);
    const runId = added.run_ids[0];
    const first = await api.sse(`/tasks/runs/${runId}/events`);
    const second = await api.sse(`/tasks/runs/${runId}/events`);
    expectProgressThenFinalState(first, runId);
    expect(second.frames).toEqual(first.frames);
  });
});
