import { afterEach, describe, expect, it, vi } from "vitest";
import type { TaskRunEvent } from "../parallel/types";
import { runStateBatches } from "./run-state-batches";

const event = (runId: string) => ({ type: "task_run.state", event_id: null, run: { run_id: runId } }) as unknown as TaskRunEvent;
const runIds = (events: TaskRunEvent[]) => events.map((e) => e.run.run_id);

describe("runStateBatches", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("hands each group's events to one apply per batch, in the order they came", async () => {
    const applied: { groupId: string; runs: string[] }[] = [];
    const batches = runStateBatches(
      async (groupId, events) => void applied.push({ groupId, runs: runIds(events) }),
      () => {},
      5,
    );
    batches.add("g1", event("r1"));
    batches.add("g2", event("r9"));
    batches.add("g1", event("r2"));
    batches.add("g1", event("r1"));

    await expect.poll(() => applied.length).toBe(2);
    expect(applied).toEqual([
      { groupId: "g1", runs: ["r1", "r2", "r1"] },
      { groupId: "g2", runs: ["r9"] },
    ]);
  });

  it("applies a group's next batch only after the one before it has finished", async () => {
    const order: string[] = [];
    let release!: () => void;
    const firstHeld = new Promise<void>((resolve) => (release = resolve));
    const batches = runStateBatches(
      async (_groupId, events) => {
        const [runId] = runIds(events);
        order.push(`start ${runId}`);
        if (runId === "r1") await firstHeld;
        order.push(`end ${runId}`);
      },
      () => {},
      5,
    );
    vi.useFakeTimers();
    batches.add("g1", event("r1"));
    await vi.advanceTimersByTimeAsync(5);
    expect(order).toEqual(["start r1"]);
    batches.add("g1", event("r2"));
    // The second batch is due after 5 ms more, but waits behind the first.
    await vi.advanceTimersByTimeAsync(50);
    expect(order).toEqual(["start r1"]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(["start r1", "end r1", "start r2", "end r2"]);
  });

  it("reports a failed batch and goes on with the next", async () => {
    const failures: string[] = [];
    const applied: string[] = [];
    const batches = runStateBatches(
      async (groupId, events) => {
        if (runIds(events).includes("bad")) throw new Error("database is gone");
        applied.push(...runIds(events));
      },
      (groupId, error) => failures.push(`${groupId}: ${(error as Error).message}`),
      5,
    );
    batches.add("g1", event("bad"));
    await expect.poll(() => failures).toEqual(["g1: database is gone"]);
    batches.add("g1", event("good"));
    await expect.poll(() => applied).toEqual(["good"]);
  });
});
