import { afterEach, describe, expect, it, vi } from "vitest";
import { upstreamStreamOf, type UpstreamStream } from "@/lib/parallel/upstream-stream";
import { ENDED_RETENTION_MS, EventsHub, type HubUpstream } from "../events-hub";
import { LOG_CAP_CHARS } from "../group-channel";

// The hub against a scripted upstream: each open() plays the next script, so a test sees exactly
// when the hub goes back to upstream and what a newcomer is served.

const GROUP = "tgrp_retention";

function statusEvent(id: string, active: boolean, runs: number): string {
  const status = { is_active: active, num_task_runs: runs, task_run_status_counts: { completed: runs } };
  return `event: task_group_status\ndata: ${JSON.stringify({ type: "task_group_status", event_id: id, status })}\n\n`;
}

function runEvent(id: string, padding = 0): string {
  const run = { run_id: `trun_${id}`, status: "completed", note: "x".repeat(padding) };
  return `event: task_run.state\ndata: ${JSON.stringify({ type: "task_run.state", event_id: id, run })}\n\n`;
}

/** A stream that sends `text` and then closes, or, when `thenBreak`, breaks once it was read. */
function upstreamBody(text: string, thenBreak = false): UpstreamStream {
  return upstreamStreamOf(
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(text));
          if (!thenBreak) controller.close();
        },
        pull(controller) {
          // Called once the first chunk was taken: an error here cannot discard it.
          if (thenBreak) controller.error(new Error("upstream went away"));
        },
      }),
    ),
  );
}

function scriptedUpstream(
  scripts: (() => UpstreamStream)[],
  reconnect: () => Promise<UpstreamStream> = () => Promise.reject(new Error("the test did not expect a reconnect")),
) {
  const opened: string[] = [];
  const upstream: HubUpstream = {
    open: async (groupId, lastEventId) => {
      if (lastEventId !== null) return reconnect();
      opened.push(groupId);
      const next = scripts.shift();
      if (!next) throw new Error("the test did not expect another upstream connection");
      return next();
    },
  };
  return { upstream, opened };
}

async function eventIds(response: Response | null): Promise<string[]> {
  expect(response, "the hub served this watcher").not.toBeNull();
  const text = await response!.text();
  return [...text.matchAll(/"event_id":"([^"]+)"/g)].map((m) => m[1]);
}

const watchFresh = (hub: EventsHub) => hub.watch({ groupId: GROUP, mode: "replay", lastEventId: null, timeoutMs: null });

afterEach(() => {
  vi.useRealTimers();
});

describe("the events hub's ended channels", () => {
  it("forgets an ended group on time even when a client joins during its retention", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { upstream, opened } = scriptedUpstream([
      () => upstreamBody(statusEvent("s0", true, 2) + runEvent("e1") + runEvent("e2") + statusEvent("s3", false, 2)),
      () => upstreamBody(statusEvent("s0", true, 5) + runEvent("e1") + statusEvent("s9", false, 5)),
    ]);
    const hub = new EventsHub(upstream);

    expect(await eventIds(await watchFresh(hub))).toEqual(["s0", "e1", "e2", "s3"]);
    vi.advanceTimersByTime(ENDED_RETENTION_MS / 2);
    expect(await eventIds(await watchFresh(hub)), "served from memory while retained").toEqual(["s0", "e1", "e2", "s3"]);
    expect(opened).toHaveLength(1);

    vi.advanceTimersByTime(ENDED_RETENTION_MS);
    expect(await eventIds(await watchFresh(hub)), "after its retention, the group is read from upstream again").toEqual(["s0", "e1", "s9"]);
    expect(opened).toHaveLength(2);
    hub.closeAll();
  });

  it("never serves a stream that ended with the gateway's error event to a new client", async () => {
    // Resuming the broken stream is refused outright, so the channel ends with its own error event at once.
    const { upstream, opened } = scriptedUpstream(
      [() => upstreamBody(statusEvent("s0", true, 1000) + runEvent("e1"), true), () => upstreamBody(statusEvent("s5", false, 1000))],
      async () => upstreamStreamOf(new Response("no such group", { status: 404, headers: { "content-type": "text/plain" } })),
    );
    const hub = new EventsHub(upstream);

    const first = await (await watchFresh(hub))!.text();
    expect(first).toContain("event: error");

    const fresh = await (await watchFresh(hub))!.text();
    expect(fresh, "the newcomer reads the group from upstream again").not.toContain("event: error");
    expect(await eventIds(new Response(fresh))).toEqual(["s5"]);
    expect(opened).toHaveLength(2);
    hub.closeAll();
  });

  it("serves a fresh stream once runs were added to an ended group", async () => {
    const { upstream, opened } = scriptedUpstream([
      () => upstreamBody(statusEvent("s0", true, 2) + runEvent("e1") + runEvent("e2") + statusEvent("s3", false, 2)),
      () => upstreamBody(statusEvent("s4", true, 202) + statusEvent("s5", false, 202)),
    ]);
    const hub = new EventsHub(upstream);
    expect(await eventIds(await watchFresh(hub))).toEqual(["s0", "e1", "e2", "s3"]);

    hub.runsAdded(GROUP);
    const response = await hub.watch({ groupId: GROUP, mode: "live", lastEventId: null, timeoutMs: null });
    expect(await eventIds(response)).toEqual(["s4", "s5"]);
    expect(opened).toHaveLength(2);
    hub.closeAll();
  });

  it("bounds a channel's log by its size, and frees a retained log when the group is forgotten", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const bigEventChars = 100_000;
    const bigEvents = (count: number, from: number) =>
      Array.from({ length: count }, (_, i) => runEvent(`e${from + i}`, bigEventChars)).join("");
    const overCap = Math.ceil((LOG_CAP_CHARS * 1.5) / bigEventChars);
    const underCap = Math.floor((LOG_CAP_CHARS * 0.5) / bigEventChars);
    let upstreamLive!: ReadableStreamDefaultController<Uint8Array>;
    const { upstream } = scriptedUpstream([
      () => upstreamStreamOf(new Response(new ReadableStream<Uint8Array>({ start: (c) => void (upstreamLive = c) }))),
      () => upstreamBody(statusEvent("s0", true, underCap) + bigEvents(underCap, 1000) + statusEvent("s9", false, underCap)),
    ]);
    const hub = new EventsHub(upstream);

    const live = await watchFresh(hub);
    const reading = live!.text();
    upstreamLive.enqueue(new TextEncoder().encode(statusEvent("s0", true, overCap) + bigEvents(overCap, 1000)));
    await vi.waitFor(() => expect(hub.retainedLogSize).toBeGreaterThan(LOG_CAP_CHARS / 2));
    expect(hub.retainedLogSize).toBeLessThanOrEqual(LOG_CAP_CHARS);
    upstreamLive.enqueue(new TextEncoder().encode(statusEvent("s9", false, overCap)));
    upstreamLive.close();
    expect((await reading).length, "its watcher still saw the whole stream").toBeGreaterThan(LOG_CAP_CHARS * 1.5);
    expect(hub.activeChannels, "a log that lost its start is not retained").toBe(0);
    expect(hub.retainedLogSize).toBe(0);

    await (await watchFresh(hub))!.text();
    expect(hub.activeChannels, "a whole log is retained").toBe(1);
    expect(hub.retainedLogSize).toBeGreaterThan(LOG_CAP_CHARS * 0.4);
    vi.advanceTimersByTime(ENDED_RETENTION_MS);
    expect(hub.activeChannels).toBe(0);
    expect(hub.retainedLogSize, "and freed once forgotten").toBe(0);
  });
});
