import { describe, expect, it } from "vitest";
import type { SseRead } from "@/lib/testing/sse";
import {
  addRuns,
  createFinishedGroup,
  createGroup,
  readEventsStream,
  readRunsStream,
  sharedEmulator,
  withEmulator,
} from "@/lib/testing/emulator-harness";
import { SUMMARY_SCHEMA } from "@/lib/testing/sample-schemas";
import { eventIds } from "@/lib/testing/stream-events";

// What any SSE client relies on: each event is `event: <type>\ndata: <one-line JSON>\n\n`, the data's
// type repeats the event name, ids are unique, and idle streams carry `: ping` comments, never events.

const emulator = sharedEmulator();

const FRAME_PATTERN = /^event: ([^\n]+)\ndata: ([^\n]+)\n\n$/;

function expectWellFramed(read: SseRead): void {
  expect(read.status).toBe(200);
  expect(read.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(read.frames.length).toBeGreaterThan(0);
  expect(read.frames).toHaveLength(read.events.length);
  read.frames.forEach((frame, index) => {
    const match = FRAME_PATTERN.exec(frame);
    expect(match, `frame ${index} is not "event: …\\ndata: …\\n\\n": ${JSON.stringify(frame)}`).not.toBeNull();
    const data = JSON.parse(match![2]) as { type?: unknown };
    expect(data.type, `frame ${index}`).toBe(match![1]);
  });
  expect(read.trailing).toBe("");
  expect(read.ended).toBe("closed");
}

async function finishedGroup(runs: number) {
  const { groupId, added } = await createFinishedGroup(emulator().api, runs, { schema: SUMMARY_SCHEMA });
  return { groupId, runIds: added.run_ids };
}

describe("SSE framing", () => {
  it("the runs stream sends one well-formed frame per run, with unique event ids", async () => {
    const { groupId } = await finishedGroup(8);
    const read = await readRunsStream(emulator().api, groupId, { include_input: true, include_output: true });
    expectWellFramed(read);
    const ids = eventIds(read);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(8);
  });

  it("the events stream sends well-formed frames with unique event ids", async () => {
    const { groupId } = await finishedGroup(8);
    const read = await readEventsStream(emulator().api, groupId);
    expectWellFramed(read);
    const ids = eventIds(read);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("a run's progress stream sends well-formed frames", async () => {
    const { runIds } = await finishedGroup(1);
    expectWellFramed(await emulator().api.sse(`/tasks/runs/${runIds[0]}/events`));
  });
});

describe("heartbeats", () => {
  // Slow runs (pro: 2–10 min × 0.002 = 240 ms–1.2 s) keep the streams idle and open between events.
  const SLOW = { timeScale: 0.002, heartbeatMs: 40 };
  const PINGS_WANTED = 3;

  it("an idle events stream carries ': ping' comment lines that are never events", async () => {
    await withEmulator(SLOW, async ({ api }) => {
      const group = await createGroup(api);
      await addRuns(api, group.taskgroup_id, 1, { processor: "pro" });
      const read = await readEventsStream(api, group.taskgroup_id, {}, { timeLimitMs: 5_000 });
      expect(read.comments.filter((c) => c === "ping").length).toBeGreaterThanOrEqual(PINGS_WANTED);
      expect(read.events.every((e) => e.event !== undefined && !/ping/i.test(e.event))).toBe(true);
      // Pings sit between events, never inside an event's block.
      expect(read.frames.every((frame) => FRAME_PATTERN.test(frame))).toBe(true);
      expect(read.ended).toBe("closed");
    });
  });

  it("the progress stream of a queued run is pinged while it waits for a slot", async () => {
    // One slot: the second run stays queued, with nothing to report, while the first (pro) runs.
    await withEmulator({ ...SLOW, concurrency: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 2, { processor: "pro" });
      const read = await api.sse(
        `/tasks/runs/${added.run_ids[1]}/events`,
        {},
        {
          timeLimitMs: 5_000,
          until: (r) => r.comments.length >= PINGS_WANTED,
        },
      );
      expect(read.comments.slice(0, PINGS_WANTED)).toEqual(Array(PINGS_WANTED).fill("ping"));
      expect(read.ended).toBe("stopped");
    });
  });
});
