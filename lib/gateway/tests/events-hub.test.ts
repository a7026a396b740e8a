import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "@/lib/testing/api-client";
import { readSse, type SseRead } from "@/lib/testing/sse";
import { addRuns, createGroup, startTestEmulator, type TestEmulator } from "@/lib/testing/emulator-harness";
import { IDLE_LINGER_MS } from "../events-hub";
import { startTestGateway, type TestGateway } from "./gateway-harness";

// 50 clients of one group's events share a single upstream connection, and each sees the whole stream.
const CLIENTS = 50;

let emulator: TestEmulator;
let gateway: TestGateway;

beforeAll(async () => {
  emulator = await startTestEmulator({ concurrency: 20 });
  gateway = await startTestGateway({ baseUrl: emulator.url, prefix: "v1beta", apiKey: undefined });
});

afterAll(async () => {
  await gateway.close();
  await emulator.cleanup();
});

const eventsUrl = (groupId: string, query = "") => `${gateway.baseURL}/v1beta/tasks/groups/${groupId}/events${query}`;
const finishedRuns = (read: SseRead) =>
  read.events.filter((e) => e.event === "task_run.state").map((e) => (e.data as { run: { run_id: string } }).run.run_id);

describe("the events hub", () => {
  it(`serves ${CLIENTS} clients of one active group from 1 upstream connection, each seeing every run once`, async () => {
    const group = await createGroup(emulator.api);
    const added = await addRuns(emulator.api, group.taskgroup_id, 400, { processor: "base" });
    const before = emulator.stats().eventsStreamsOpened;
    const reads = await Promise.all(
      Array.from({ length: CLIENTS }, () => fetch(eventsUrl(group.taskgroup_id)).then((r) => readSse(r, { timeLimitMs: 30_000 }))),
    );
    // After the group ended, a newcomer is served the finished stream from the hub's log.
    const late = await fetch(eventsUrl(group.taskgroup_id)).then((r) => readSse(r, { timeLimitMs: 30_000 }));
    expect(emulator.stats().eventsStreamsOpened - before).toBe(1);
    for (const read of [...reads, late]) {
      expect(read.ended).toBe("closed");
      expect(read.events[0].event).toBe("task_group_status");
      expect(finishedRuns(read).sort()).toEqual([...added.run_ids].sort());
      expect(read.events.at(-1)).toMatchObject({ event: "task_group_status", data: { status: { is_active: false } } });
    }
  }, 60_000);

  it("resumes a late client right after its Last-Event-ID, from the shared connection", async () => {
    const group = await createGroup(emulator.api);
    await addRuns(emulator.api, group.taskgroup_id, 200, { processor: "core" });
    const before = emulator.stats().eventsStreamsOpened;
    const first = await readSse(await fetch(eventsUrl(group.taskgroup_id)), { maxEvents: 40 });
    const cursor = (first.events.at(-1)!.data as { event_id: string }).event_id;
    const [whole, resumed] = await Promise.all([
      fetch(eventsUrl(group.taskgroup_id)).then((r) => readSse(r, { timeLimitMs: 30_000 })),
      fetch(eventsUrl(group.taskgroup_id), { headers: { "last-event-id": cursor } }).then((r) => readSse(r, { timeLimitMs: 30_000 })),
    ]);
    const wholeIds = whole.events.map((e) => (e.data as { event_id: string }).event_id);
    const resumedIds = resumed.events.map((e) => (e.data as { event_id: string }).event_id);
    expect(resumedIds).toEqual(wholeIds.slice(wholeIds.indexOf(cursor) + 1));
    expect(emulator.stats().eventsStreamsOpened - before).toBe(1);
  }, 60_000);

  it("gives a live watcher the current status at once, then live events", async () => {
    const group = await createGroup(emulator.api);
    await addRuns(emulator.api, group.taskgroup_id, 20, { processor: "core" });
    const response = await gateway.deps.hub.watch({ groupId: group.taskgroup_id, mode: "live", lastEventId: null, timeoutMs: null });
    const read = await readSse(response!, { maxEvents: 1, timeLimitMs: 5_000 });
    expect(read.events[0]).toMatchObject({ event: "task_group_status", data: { status: { num_task_runs: 20 } } });
  });

  describe("when the last watcher leaves a group that is still running", () => {
    // Real time: the group's `ultra` runs take minutes, so it is running all through these tests (at
    // the suite's time scale they end within 3 s, and its end, not the linger, would close the stream).
    let realTime: TestEmulator;
    beforeAll(async () => {
      realTime = await startTestEmulator({ timeScale: 1 });
    });
    afterAll(async () => {
      await realTime.cleanup();
    });

    async function watchRunningGroup(idleLingerMs: number) {
      const hubGateway = await startTestGateway({ baseUrl: realTime.url, prefix: "v1beta", apiKey: undefined }, { idleLingerMs });
      const group = await createGroup(realTime.api);
      await addRuns(realTime.api, group.taskgroup_id, 5, { processor: "ultra" });
      const url = `${hubGateway.baseURL}/v1beta/tasks/groups/${group.taskgroup_id}/events`;
      const watch = async () => {
        const abort = new AbortController();
        const read = await readSse(await fetch(url, { signal: abort.signal }), { maxEvents: 1 });
        expect(read.events[0]).toMatchObject({ event: "task_group_status", data: { status: { is_active: true } } });
        return abort;
      };
      return { hub: hubGateway.deps.hub, watch, close: () => hubGateway.close() };
    }

    it("keeps the upstream connection for a reload within the linger", async () => {
      // A linger no test run outlasts: the reload below always comes within it.
      const { hub, watch, close } = await watchRunningGroup(60_000);
      try {
        const openedBefore = realTime.stats().eventsStreamsOpened;
        const viewers = await Promise.all([watch(), watch(), watch()]);
        for (const viewer of viewers) viewer.abort();
        await expect.poll(() => hub.watchers).toBe(0);
        expect(hub.openUpstreamConnections, "the connection outlives its last watcher").toBe(1);

        const reload = await watch();
        expect(realTime.stats().eventsStreamsOpened - openedBefore, "the reload is served from the same connection").toBe(1);
        reload.abort();
      } finally {
        await close();
      }
    });

    it(`closes the upstream connection once the last watcher has been gone for the linger (${IDLE_LINGER_MS} ms in the console)`, async () => {
      const { hub, watch, close } = await watchRunningGroup(200);
      try {
        const openBefore = realTime.stats().eventsStreamsOpen;
        const viewers = await Promise.all([watch(), watch(), watch()]);
        expect(realTime.stats().eventsStreamsOpen - openBefore, "three watchers share one connection").toBe(1);
        for (const viewer of viewers) viewer.abort();
        await expect.poll(() => realTime.stats().eventsStreamsOpen).toBe(openBefore);
        expect(hub.openUpstreamConnections).toBe(0);
      } finally {
        await close();
      }
    });
  });

  it("shows a fresh watcher the runs added through the gateway to a group whose stream had ended", async () => {
    const group = await createGroup(emulator.api);
    const throughGateway = createApiClient({ baseUrl: gateway.baseURL });
    const first = await addRuns(throughGateway, group.taskgroup_id, 2, { processor: "lite" });
    const ended = await readSse(await fetch(eventsUrl(group.taskgroup_id)), { timeLimitMs: 30_000 });
    expect(ended.events.at(-1)).toMatchObject({ event: "task_group_status", data: { status: { is_active: false, num_task_runs: 2 } } });

    const added = await addRuns(throughGateway, group.taskgroup_id, 3, { processor: "lite" });
    const fresh = await readSse(await fetch(eventsUrl(group.taskgroup_id)), { timeLimitMs: 30_000 });
    expect(fresh.events[0]).toMatchObject({ event: "task_group_status", data: { status: { num_task_runs: 5 } } });
    expect(finishedRuns(fresh).sort()).toEqual([...first.run_ids, ...added.run_ids].sort());
    expect(fresh.events.at(-1)).toMatchObject({ event: "task_group_status", data: { status: { is_active: false, num_task_runs: 5 } } });
  }, 60_000);
});
