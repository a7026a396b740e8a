import { describe, expect, it } from "vitest";
import type { TaskRunEvent } from "@/lib/parallel/types";
import { addRuns, createGroup, readEventsStream, readRunsStream, sharedEmulator, waitUntilInactive } from "@/lib/testing/emulator-harness";
import { eventData, groupStatusEvents, lastEventId, runStateEvents } from "@/lib/testing/stream-events";

// Resuming the runs and events streams: from any event_id a client received, `last_event_id` (query)
// and `Last-Event-ID` (header) continue right after it — no gap, no duplicate — and the cursors that
// add-runs returns start exactly at the new runs.

const emulator = sharedEmulator();

const stateKey = (event: TaskRunEvent) => `${event.event_id}|${event.run.run_id}|${event.run.status}`;

async function finishedGroup(runs: number) {
  const api = emulator().api;
  const group = await createGroup(api);
  const added = await addRuns(api, group.taskgroup_id, runs);
  await waitUntilInactive(api, group.taskgroup_id);
  return { groupId: group.taskgroup_id, runIds: added.run_ids };
}

describe("runs stream", () => {
  it("resuming from each received event_id yields exactly the runs after it, by query or header", async () => {
    const api = emulator().api;
    const { groupId, runIds } = await finishedGroup(10);
    const full = runStateEvents(await readRunsStream(api, groupId));
    expect(full.map((e) => e.run.run_id)).toEqual(runIds);

    for (const [index, event] of full.entries()) {
      const expected = full.slice(index + 1).map(stateKey);
      const byQuery = await readRunsStream(api, groupId, { last_event_id: event.event_id });
      expect(runStateEvents(byQuery).map(stateKey), `after event ${index} (query)`).toEqual(expected);
      const byHeader = await api.sse(`/tasks/groups/${groupId}/runs`, { headers: { "Last-Event-ID": event.event_id! } });
      expect(runStateEvents(byHeader).map(stateKey), `after event ${index} (header)`).toEqual(expected);
      expect(byHeader.ended).toBe("closed");
    }
  });

  it("the run_cursor of a second batch starts the runs stream at that batch", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const first = await addRuns(api, group.taskgroup_id, 4, { label: "first" });
    expect(first.run_cursor).toBeNull();
    expect(first.event_cursor).toBeNull();
    const second = await addRuns(api, group.taskgroup_id, 3, { label: "second" });
    expect(typeof second.run_cursor).toBe("string");

    const read = await readRunsStream(api, group.taskgroup_id, { last_event_id: second.run_cursor });
    expect(runStateEvents(read).map((e) => e.run.run_id)).toEqual(second.run_ids);
    await waitUntilInactive(api, group.taskgroup_id);
  });
});

describe("events stream", () => {
  it("resuming from each received event_id yields exactly the run events after it", async () => {
    const api = emulator().api;
    const { groupId, runIds } = await finishedGroup(8);
    const fresh = await readEventsStream(api, groupId);
    const data = eventData(fresh);
    expect(
      runStateEvents(fresh)
        .map((e) => e.run.run_id)
        .sort(),
    ).toEqual([...runIds].sort());

    for (const [index, event] of data.entries()) {
      const expected = (data.slice(index + 1).filter((d) => d.type === "task_run.state") as unknown as TaskRunEvent[]).map(stateKey);
      const resumed = await readEventsStream(api, groupId, { last_event_id: event.event_id });
      expect(runStateEvents(resumed).map(stateKey), `after event ${index} (${event.type})`).toEqual(expected);
      const statuses = groupStatusEvents(resumed);
      expect(statuses.at(-1)?.status.is_active, `after event ${index}: the stream still ends on an inactive status`).toBe(false);
      expect(resumed.ended).toBe("closed");
    }
  });

  it("the Last-Event-ID header resumes like the query parameter", async () => {
    const api = emulator().api;
    const { groupId } = await finishedGroup(6);
    const fresh = runStateEvents(await readEventsStream(api, groupId));
    const cursor = fresh[2].event_id!;
    const byHeader = await readEventsStream(api, groupId, {}, { headers: { "Last-Event-ID": cursor } });
    expect(runStateEvents(byHeader).map(stateKey)).toEqual(fresh.slice(3).map(stateKey));
  });

  it("a client that disconnects mid-way and reconnects with its last id sees every run exactly once", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    const added = await addRuns(api, group.taskgroup_id, 12);
    const first = await api.sse(`/tasks/groups/${group.taskgroup_id}/events`, {}, { maxEvents: 4 });
    expect(first.ended).toBe("stopped");
    const rest = await readEventsStream(api, group.taskgroup_id, {}, { headers: { "Last-Event-ID": lastEventId(first)! } });
    const seen = [...runStateEvents(first), ...runStateEvents(rest)].map((e) => e.run.run_id);
    expect(seen.sort()).toEqual([...added.run_ids].sort());
    expect(groupStatusEvents(rest).at(-1)?.status).toMatchObject({ is_active: false, num_task_runs: 12 });
  });

  it("the event_cursor of a second batch starts the events stream at that batch's terminal events", async () => {
    const api = emulator().api;
    const group = await createGroup(api);
    await addRuns(api, group.taskgroup_id, 4, { label: "first" });
    await waitUntilInactive(api, group.taskgroup_id);
    const second = await addRuns(api, group.taskgroup_id, 3, { label: "second" });
    expect(typeof second.event_cursor).toBe("string");

    const read = await readEventsStream(api, group.taskgroup_id, { last_event_id: second.event_cursor });
    expect(
      runStateEvents(read)
        .map((e) => e.run.run_id)
        .sort(),
    ).toEqual([...second.run_ids].sort());
    expect(read.ended).toBe("closed");
  });
});
