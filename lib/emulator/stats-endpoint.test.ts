import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "./index";
import { STATS_PATH } from "./http/handle-request";

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dbPath: ":memory:", timeScale: 0.002 });
});
afterAll(() => emulator.close());

describe("the emulator's stats endpoint", () => {
  it("counts events-stream connections while they are open", async () => {
    const created = (await (await fetch(`${emulator.url}/v1beta/tasks/groups`, { method: "POST", body: "{}" })).json()) as {
      taskgroup_id: string;
    };
    await fetch(`${emulator.url}/v1beta/tasks/groups/${created.taskgroup_id}/runs`, {
      method: "POST",
      body: JSON.stringify({ inputs: [{ processor: "ultra", input: "slow" }] }),
    });
    const abort = new AbortController();
    const stream = await fetch(`${emulator.url}/v1beta/tasks/groups/${created.taskgroup_id}/events`, { signal: abort.signal });
    await stream.body!.getReader().read();
    expect(await (await fetch(`${emulator.url}${STATS_PATH}`)).json()).toMatchObject({ eventsStreamsOpened: 1, eventsStreamsOpen: 1 });
    abort.abort();
    await expect
      .poll(async () => ((await (await fetch(`${emulator.url}${STATS_PATH}`)).json()) as { eventsStreamsOpen: number }).eventsStreamsOpen)
      .toBe(0);
  });
});
