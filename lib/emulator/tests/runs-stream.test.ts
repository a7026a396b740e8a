import { describe, expect, it } from "vitest";
import type { TaskRunInput } from "@/lib/parallel/types";
import {
  addRuns,
  buildInputs,
  createFinishedGroup,
  createGroup,
  readRunsStream,
  sharedEmulator,
  waitUntilInactive,
  withEmulator,
} from "@/lib/testing/emulator-harness";
import { jsonSpec, SUMMARY_SCHEMA } from "@/lib/testing/sample-schemas";
import { runStateEvents } from "@/lib/testing/stream-events";

// GET /tasks/groups/{id}/runs: every run of the group right now, in creation order, with its current
// status, input and output only on request, filtered by status; closes once everything is sent.

const emulator = sharedEmulator();

describe("runs stream", () => {
  it("lists every run once, in creation order across batches, and closes by itself", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const first = await addRuns(api, group.taskgroup_id, 5, { label: "a" });
    const second = await addRuns(api, group.taskgroup_id, 4, { label: "b" });
    await waitUntilInactive(api, group.taskgroup_id);
    const read = await readRunsStream(api, group.taskgroup_id);
    expect(read.ended).toBe("closed");
    expect(runStateEvents(read).map((e) => e.run.run_id)).toEqual([...first.run_ids, ...second.run_ids]);
  });

  it("includes active runs with their current status, without waiting for them", async () => {
    // One slot and slow runs (ultra ≥ 600 ms each): the last of four cannot start for at least 1.8 s.
    await withEmulator({ concurrency: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 4, { processor: "ultra" });
      const read = await readRunsStream(api, group.taskgroup_id);
      expect(read.ended).toBe("closed");
      const events = runStateEvents(read);
      expect(events.map((e) => e.run.run_id)).toEqual(added.run_ids);
      expect(events.at(-1)?.run).toMatchObject({ status: "queued", is_active: true });
      expect(events.filter((e) => e.run.status === "running").length).toBeLessThanOrEqual(1);
    });
  });

  it("carries input and output only when asked, and output only for completed runs", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const spec = jsonSpec(SUMMARY_SCHEMA);
    const inputs: TaskRunInput[] = buildInputs(3, { taskSpec: spec, label: "io" });
    inputs[1].input = { company: "Globex", country: "US" };
    const added = await addRuns(api, group.taskgroup_id, 3, { inputs });
    await waitUntilInactive(api, group.taskgroup_id);

    const bare = runStateEvents(await readRunsStream(api, group.taskgroup_id));
    for (const event of bare) {
      expect(event.input ?? null).toBeNull();
      expect(event.output ?? null).toBeNull();
    }

    const full = runStateEvents(await readRunsStream(api, group.taskgroup_id, { include_input: true, include_output: true }));
    expect(full.map((e) => e.run.run_id)).toEqual(added.run_ids);
    full.forEach((event, index) => {
      expect(event.input).toMatchObject({
        input: inputs[index].input,
        processor: "lite",
        metadata: inputs[index].metadata,
        task_spec: spec,
      });
      expect(event.run.metadata).toEqual(inputs[index].metadata);
      expect(event.output?.type).toBe("json");
    });

    const onlyInput = runStateEvents(await readRunsStream(api, group.taskgroup_id, { include_input: true }));
    expect(onlyInput.every((e) => e.input && (e.output ?? null) === null)).toBe(true);
  });

  it("gives no output for runs that are still active, even when asked", async () => {
    await withEmulator({ concurrency: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      await addRuns(api, group.taskgroup_id, 3, { processor: "pro" });
      const events = runStateEvents(await readRunsStream(api, group.taskgroup_id, { include_output: true }));
      expect(events).toHaveLength(3);
      for (const event of events) expect(event.output ?? null).toBeNull();
    });
  });

  it("filters by status", async () => {
    // Half the runs fail, so a finished group has both statuses (all alike has odds of 2^-23).
    await withEmulator({ failureRate: 0.5 }, async ({ api }) => {
      const { groupId, added } = await createFinishedGroup(api, 24);
      const all = runStateEvents(await readRunsStream(api, groupId));
      const completed = runStateEvents(await readRunsStream(api, groupId, { status: "completed" }));
      const failed = runStateEvents(await readRunsStream(api, groupId, { status: "failed" }));
      const queued = runStateEvents(await readRunsStream(api, groupId, { status: "queued" }));

      expect(completed.length).toBeGreaterThan(0);
      expect(failed.length).toBeGreaterThan(0);
      expect(queued).toHaveLength(0);
      expect(completed.map((e) => e.run.run_id)).toEqual(all.filter((e) => e.run.status === "completed").map((e) => e.run.run_id));
      expect(failed.map((e) => e.run.run_id)).toEqual(all.filter((e) => e.run.status === "failed").map((e) => e.run.run_id));
      expect(completed.length + failed.length).toBe(added.run_ids.length);

      const resumed = runStateEvents(await readRunsStream(api, groupId, { status: "failed", last_event_id: failed[0].event_id }));
      expect(resumed.map((e) => e.event_id)).toEqual(failed.slice(1).map((e) => e.event_id));
    });
  });

  it("an empty group's stream closes at once with no events", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const read = await readRunsStream(api, group.taskgroup_id);
    expect(read.status).toBe(200);
    expect(read.events).toHaveLength(0);
    expect(read.ended).toBe("closed");
  });
});
