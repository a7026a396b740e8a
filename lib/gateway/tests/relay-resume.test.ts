import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSse, type SseEvent } from "@/lib/testing/sse";
import { addRuns, createGroup, startTestEmulator, type TestEmulator } from "@/lib/testing/emulator-harness";
import { startTestGateway, type TestGateway } from "./gateway-harness";

// The emulator cuts every SSE connection after 700 events; the gateway must stitch the pieces into
// one stream with no event lost and none repeated.
const RUNS = 10_000;
const DROP_AFTER_EVENTS = 700;

let emulator: TestEmulator;
let gateway: TestGateway;

beforeAll(async () => {
  emulator = await startTestEmulator({ dropAfterEvents: DROP_AFTER_EVENTS, concurrency: 1_000 });
  gateway = await startTestGateway({ baseUrl: emulator.url, prefix: "v1beta", apiKey: undefined });
});

afterAll(async () => {
  await gateway.close();
  await emulator.cleanup();
});

const ids = (events: SseEvent[]) => events.map((e) => (e.data as { event_id: string }).event_id);
const runIds = (events: SseEvent[]) =>
  events.filter((e) => e.event === "task_run.state").map((e) => (e.data as { run: { run_id: string } }).run.run_id);

async function groupWithRuns(count: number) {
  const group = await createGroup(emulator.api, { name: "drops" });
  const all: string[] = [];
  for (let offset = 0; offset < count; offset += 1_000) {
    const added = await addRuns(emulator.api, group.taskgroup_id, Math.min(1_000, count - offset), { label: `batch ${offset}` });
    all.push(...added.run_ids);
  }
  return { groupId: group.taskgroup_id, runIds: all };
}

describe("relay with resume under forced drops", () => {
  it(`relays the runs stream of a ${RUNS}-run group with 0 lost and 0 duplicated`, async () => {
    const { groupId, runIds: created } = await groupWithRuns(RUNS);
    const before = emulator.stats().runsStreamsOpened;
    const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/${groupId}/runs?include_input=true&include_output=true`);
    const read = await readSse(response, { timeLimitMs: 60_000 });
    expect(read.ended).toBe("closed");
    expect(emulator.stats().runsStreamsOpened - before).toBeGreaterThanOrEqual(Math.floor(RUNS / DROP_AFTER_EVENTS));
    expect(runIds(read.events)).toEqual(created);
    const eventIds = ids(read.events);
    expect(new Set(eventIds).size).toBe(RUNS);
    expect([...eventIds].sort()).toEqual(eventIds);
  }, 120_000);

  it(`relays the live events stream of a ${RUNS}-run group with every run exactly once`, async () => {
    const group = await createGroup(emulator.api, { name: "live drops" });
    const pending = fetch(`${gateway.baseURL}/v1beta/tasks/groups/${group.taskgroup_id}/events`).then((r) =>
      readSse(r, { timeLimitMs: 90_000 }),
    );
    const created: string[] = [];
    for (let offset = 0; offset < RUNS; offset += 1_000) {
      created.push(...(await addRuns(emulator.api, group.taskgroup_id, 1_000, { label: `live ${offset}` })).run_ids);
    }
    const read = await pending;
    const finished = runIds(read.events);
    expect(finished.length).toBe(RUNS);
    expect(new Set(finished)).toEqual(new Set(created));
    const eventIds = ids(read.events);
    expect(new Set(eventIds).size).toBe(eventIds.length);
    expect(read.events.at(-1)).toMatchObject({ event: "task_group_status", data: { status: { is_active: false, num_task_runs: RUNS } } });
  }, 120_000);
});
