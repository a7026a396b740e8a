import { describe, expect, it } from "vitest";
import type { TaskGroupStatus } from "@/lib/parallel/types";
import { addRuns, createGroup, readEventsStream, sharedEmulator, waitUntilInactive, withEmulator } from "@/lib/testing/emulator-harness";
import { eventData, groupStatusEvents, runStateEvents } from "@/lib/testing/stream-events";
import { isRfc3339 } from "@/lib/testing/wire-formats";

// GET /tasks/groups/{id}/events: status first, past terminal run events, then live updates; every
// run appears exactly once as terminal; closes by itself once the group is inactive, or at `timeout`.

const emulator = sharedEmulator();

const TERMINAL = ["completed", "failed", "cancelled"];

function expectConsistent(status: TaskGroupStatus): void {
  const counts = Object.values(status.task_run_status_counts).reduce((sum, n) => sum + (n ?? 0), 0);
  expect(counts).toBe(status.num_task_runs);
  const active = ["queued", "action_required", "running", "cancelling"].some(
    (s) => (status.task_run_status_counts[s as keyof TaskGroupStatus["task_run_status_counts"]] ?? 0) > 0,
  );
  expect(status.is_active).toBe(active);
  expect(isRfc3339(status.modified_at), `modified_at ${status.modified_at}`).toBe(true);
}

describe("events stream", () => {
  it("followed live: status first, each run exactly once as terminal, counts that only grow, a final inactive status", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const added = await addRuns(api, group.taskgroup_id, 15);
    const read = await readEventsStream(api, group.taskgroup_id);

    expect(read.ended).toBe("closed");
    const data = eventData(read);
    expect(data[0].type).toBe("task_group_status");
    expect(data.at(-1)?.type).toBe("task_group_status");

    const terminal = runStateEvents(read);
    expect(terminal.map((e) => e.run.run_id).sort()).toEqual([...added.run_ids].sort());
    for (const event of terminal) expect(TERMINAL).toContain(event.run.status);

    const statuses = groupStatusEvents(read).map((e) => e.status);
    statuses.forEach(expectConsistent);
    const done = statuses.map((s) => (s.task_run_status_counts.completed ?? 0) + (s.task_run_status_counts.failed ?? 0));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(statuses.at(-1)).toMatchObject({ is_active: false, num_task_runs: 15, task_run_status_counts: { completed: 15 } });
    expect(statuses.slice(0, -1).every((s) => s.is_active)).toBe(true);
  });

  it("on a finished group: replays status, the terminal events in the order they happened, and closes", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const added = await addRuns(api, group.taskgroup_id, 10);
    await waitUntilInactive(api, group.taskgroup_id);
    const read = await readEventsStream(api, group.taskgroup_id);

    expect(read.ended).toBe("closed");
    const data = eventData(read);
    expect(data[0].type).toBe("task_group_status");
    const terminal = runStateEvents(read);
    expect(terminal.map((e) => e.run.run_id).sort()).toEqual([...added.run_ids].sort());
    const finishedAt = terminal.map((e) => Date.parse(e.run.modified_at!));
    expect(finishedAt).toEqual([...finishedAt].sort((a, b) => a - b));
    expect(groupStatusEvents(read).at(-1)?.status.is_active).toBe(false);
  });

  it("a group that gets more runs after finishing reports the new runs too", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const first = await addRuns(api, group.taskgroup_id, 3, { label: "first" });
    await waitUntilInactive(api, group.taskgroup_id);
    const second = await addRuns(api, group.taskgroup_id, 3, { label: "second" });
    expect(second.status.is_active).toBe(true);
    const read = await readEventsStream(api, group.taskgroup_id);
    expect(
      runStateEvents(read)
        .map((e) => e.run.run_id)
        .sort(),
    ).toEqual([...first.run_ids, ...second.run_ids].sort());
    expect(groupStatusEvents(read).at(-1)?.status).toMatchObject({ is_active: false, num_task_runs: 6 });
  });

  it("with timeout, closes at the timeout while runs are still active", async () => {
    await withEmulator({ timeScale: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      await addRuns(api, group.taskgroup_id, 2);
      const read = await readEventsStream(api, group.taskgroup_id, { timeout: 0.5 }, { timeLimitMs: 5_000 });
      expect(read.ended).toBe("closed");
      expect(read.elapsedMs).toBeGreaterThanOrEqual(400);
      expect(read.elapsedMs).toBeLessThan(3_000);
      expect(eventData(read)[0].type).toBe("task_group_status");
      expect(runStateEvents(read)).toHaveLength(0);
    });
  });

  it("an empty group's stream sends its status and closes", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const read = await readEventsStream(api, group.taskgroup_id, {}, { timeLimitMs: 5_000 });
    expect(read.ended).toBe("closed");
    expect(groupStatusEvents(read).at(-1)?.status).toMatchObject({ num_task_runs: 0, is_active: false });
  });
});
