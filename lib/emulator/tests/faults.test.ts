import { describe, expect, it } from "vitest";
import type { ErrorResponse, TaskGroupStatusEvent, TaskRun, TaskRunEvent } from "@/lib/parallel/types";
import { expectSchema } from "@/lib/testing/contract";
import { addRuns, createGroup, readRunsStream, waitUntilInactive, withEmulator } from "@/lib/testing/emulator-harness";
import { readWithResume } from "@/lib/testing/read-with-resume";
import { SUMMARY_SCHEMA } from "@/lib/testing/sample-schemas";
import { runStateEvents } from "@/lib/testing/stream-events";

// Injected faults: runs that fail, and stream connections cut mid-way that a client must resume.

describe("failureRate 1", () => {
  it("every run ends failed with an error, no output, and a 404 result that says it failed", async () => {
    await withEmulator({ failureRate: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 5, { schema: SUMMARY_SCHEMA });
      const finished = await waitUntilInactive(api, group.taskgroup_id);
      expect(finished.status.task_run_status_counts).toMatchObject({ failed: 5 });
      expect(finished.status.task_run_status_counts.completed ?? 0).toBe(0);

      const events = runStateEvents(await readRunsStream(api, group.taskgroup_id, { include_output: true }));
      expect(events.map((e) => e.run.run_id)).toEqual(added.run_ids);
      for (const event of events) {
        expect(event.run).toMatchObject({ status: "failed", is_active: false });
        expect(event.run.error?.ref_id).toBeTruthy();
        expect(event.run.error?.message).toBeTruthy();
        expect(event.output ?? null).toBeNull();
        expectSchema("TaskRun", event.run);
      }

      const runId = added.run_ids[0];
      const run = (await api.json<TaskRun>("GET", `/tasks/runs/${runId}`)).body;
      expect(run.status).toBe("failed");
      const result = await api.json<ErrorResponse>("GET", `/tasks/runs/${runId}/result`, { query: { timeout: 5 } });
      expect(result.status).toBe(404);
      expectSchema("ErrorResponse", result.body);
      expect(result.body.error.message).toMatch(/fail/i);
    });
  });

  it("the progress stream of a failed run ends with its failed state", async () => {
    await withEmulator({ failureRate: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 1);
      const read = await api.sse(`/tasks/runs/${added.run_ids[0]}/events`);
      const last = read.events.at(-1)?.data as TaskRunEvent;
      expect(last.type).toBe("task_run.state");
      expect(last.run).toMatchObject({ run_id: added.run_ids[0], status: "failed" });
      expect(read.ended).toBe("closed");
    });
  });
});

describe("dropAfterEvents", () => {
  const DROP_AFTER = 3;

  it("cuts a runs stream after N events; resuming from the last id gives the rest exactly once, in order", async () => {
    await withEmulator({ dropAfterEvents: DROP_AFTER }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 10);
      await waitUntilInactive(api, group.taskgroup_id);

      const first = await readRunsStream(api, group.taskgroup_id);
      expect(first.ended).toBe("aborted");
      expect(first.events).toHaveLength(DROP_AFTER);

      const resumed = await readWithResume((cursor) => readRunsStream(api, group.taskgroup_id, { last_event_id: cursor }));
      expect(resumed.connections.length).toBeGreaterThan(1);
      const runIds = (resumed.events as TaskRunEvent[]).map((e) => e.run.run_id);
      expect(runIds).toEqual(added.run_ids);
    });
  });

  it("cuts a live events stream; reconnecting with the last id sees every run's terminal event exactly once", async () => {
    await withEmulator({ dropAfterEvents: DROP_AFTER }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 12);

      const resumed = await readWithResume((cursor) =>
        api.sse(`/tasks/groups/${group.taskgroup_id}/events`, { query: { last_event_id: cursor } }, { timeLimitMs: 15_000 }),
      );
      const aborted = resumed.connections.filter((c) => c.ended === "aborted");
      expect(aborted.length).toBeGreaterThan(0);
      for (const connection of aborted) expect(connection.events).toHaveLength(DROP_AFTER);

      const events = resumed.events as Array<TaskRunEvent | TaskGroupStatusEvent>;
      const terminal = events.filter((e): e is TaskRunEvent => e.type === "task_run.state").map((e) => e.run.run_id);
      expect([...terminal].sort()).toEqual([...added.run_ids].sort());
      const lastStatus = events.filter((e): e is TaskGroupStatusEvent => e.type === "task_group_status").at(-1);
      expect(lastStatus?.status).toMatchObject({ is_active: false, num_task_runs: 12 });
    });
  });
});
