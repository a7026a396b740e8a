import { describe, expect, it } from "vitest";
import type { BatchRecord } from "./journal-types";
import { CANCELLED_MESSAGE, initialSessionState, isSessionOver, nextSessionState, type SessionState } from "./upload-session-machine";

const batch = (state: BatchRecord["state"], remaining: number[] = []) => ({ state, remaining });

describe("upload session machine", () => {
  it("only confirms an upload the journal already has done", () => {
    expect(initialSessionState("done")).toEqual({ phase: "done", message: null });
    expect(initialSessionState("ready")).toEqual({ phase: "starting" });
    expect(initialSessionState("cancelled")).toEqual({ phase: "starting" });
    expect(isSessionOver(initialSessionState("done"))).toBe(true);
  });

  it("creates the group first when the upload makes its own", () => {
    expect(nextSessionState({ phase: "starting" }, { type: "opened", hasGroup: false, unknownBatches: 0 })).toEqual({
      state: { phase: "creating_group" },
      effects: [],
    });
  });

  it("registers the upload as soon as its group is known, whether found or created", () => {
    expect(nextSessionState({ phase: "starting" }, { type: "opened", hasGroup: true, unknownBatches: 0 })).toEqual({
      state: { phase: "submitting" },
      effects: ["register"],
    });
    expect(nextSessionState({ phase: "creating_group" }, { type: "group_ready", unknownBatches: 0 })).toEqual({
      state: { phase: "submitting" },
      effects: ["register"],
    });
  });

  it("checks the runs stream before sending anything when an earlier session left batches unanswered", () => {
    expect(nextSessionState({ phase: "starting" }, { type: "opened", hasGroup: true, unknownBatches: 2 }).state).toEqual({
      phase: "checking",
    });
    expect(nextSessionState({ phase: "creating_group" }, { type: "group_ready", unknownBatches: 1 }).state).toEqual({ phase: "checking" });
    expect(nextSessionState({ phase: "checking" }, { type: "unknown_checked" })).toEqual({ state: { phase: "submitting" }, effects: [] });
  });

  it("fails when the group is refused, and names why", () => {
    expect(
      nextSessionState({ phase: "creating_group" }, { type: "group_refused", message: "The group could not be created: HTTP 401" }).state,
    ).toEqual({
      phase: "failed",
      message: "The group could not be created: HTTP 401",
    });
  });

  it("keeps the last message as the reason when cancelled before submitting", () => {
    const message = "Creating the group: socket hang up; trying again";
    expect(nextSessionState({ phase: "creating_group" }, { type: "cancelled", message }).state).toEqual({ phase: "cancelled", message });
    expect(nextSessionState({ phase: "checking" }, { type: "cancelled", message: null }).state).toEqual({
      phase: "cancelled",
      message: null,
    });
  });

  it("ends submitting by the batches' outcomes: rows left to send mean cancelled, failed rows mean failed", () => {
    const submitting: SessionState = { phase: "submitting" };
    const settled = (batches: ReturnType<typeof batch>[]) => nextSessionState(submitting, { type: "batches_settled", batches }).state;
    expect(settled([batch("done"), batch("done")])).toEqual({ phase: "done", message: null });
    expect(settled([batch("done"), batch("failed", [7])])).toEqual({ phase: "failed", message: "1 row was not accepted." });
    expect(
      settled([
        batch(
          "failed",
          Array.from({ length: 1_000 }, (_, i) => i),
        ),
        batch("failed", [1, 2]),
      ]),
    ).toEqual({ phase: "failed", message: "1,002 rows were not accepted." });
    // A cancel wins over failures: the rows not yet sent can still go.
    expect(settled([batch("failed", [1]), batch("pending", [2])])).toEqual({ phase: "cancelled", message: CANCELLED_MESSAGE });
    expect(settled([batch("sending", [3])])).toEqual({ phase: "cancelled", message: CANCELLED_MESSAGE });
  });

  it("refuses an event its state does not expect", () => {
    expect(() => nextSessionState({ phase: "submitting" }, { type: "group_ready", unknownBatches: 0 })).toThrow(
      'no transition from "submitting" on "group_ready"',
    );
    expect(() => nextSessionState({ phase: "done", message: null }, { type: "unknown_checked" })).toThrow('no transition from "done"');
  });
});
