import { describe, expect, it } from "vitest";
import { applyBatchEvent, nextBatchStep } from "./batch-machine";
import type { BatchRecord } from "./journal-types";

function batch(patch: Partial<BatchRecord> = {}): BatchRecord {
  return {
    uploadId: "upl_1",
    index: 1,
    rows: [11, 12, 13, 14],
    remaining: [11, 12, 13, 14],
    state: "pending",
    attempts: 0,
    sentAtMs: null,
    afterCursor: null,
    error: null,
    ...patch,
  };
}
const fixedBackoff = (attempt: number) => attempt * 1_000;

describe("nextBatchStep", () => {
  const rules = { justChecked: false, maxAttempts: 3 };
  it("leaves done and failed batches alone", () => {
    expect(nextBatchStep(batch({ state: "done" }), rules)).toBe("finished");
    expect(nextBatchStep(batch({ state: "failed" }), rules)).toBe("finished");
  });

  it("never sends a batch whose last outcome is unknown before checking the runs stream", () => {
    expect(nextBatchStep(batch({ state: "sending", attempts: 1 }), rules)).toBe("check");
    expect(nextBatchStep(batch({ state: "sending", attempts: 9 }), { ...rules, justChecked: true })).toBe("check");
  });

  it("gives up when a check after the last allowed unanswered send still finds rows missing", () => {
    expect(nextBatchStep(batch({ attempts: 3 }), { ...rules, justChecked: true })).toBe("give_up");
    expect(nextBatchStep(batch({ attempts: 2 }), { ...rules, justChecked: true })).toBe("send");
  });

  it("does not count 429s against the limit: a rate-limited batch is sent again however often", () => {
    expect(nextBatchStep(batch({ attempts: 12 }), rules)).toBe("send");
  });
});

describe("applyBatchEvent", () => {
  it("journals each send before it goes: attempt counted, time and cursor kept, old error cleared", () => {
    const next = applyBatchEvent(batch({ attempts: 1, error: "old" }), { type: "sending", atMs: 5_000, afterCursor: "r00000010" });
    expect(next).toEqual({
      batch: batch({ state: "sending", attempts: 2, sentAtMs: 5_000, afterCursor: "r00000010", error: null }),
      save: true,
    });
  });

  it("marks an accepted batch done and reports its rows and the newest cursor", () => {
    const sent = batch({ state: "sending", attempts: 1, sentAtMs: 5_000, remaining: [12, 14] });
    const next = applyBatchEvent(sent, {
      type: "answered",
      outcome: { kind: "ok", runIds: ["a", "b"], runCursor: "r00000042" },
      sentRows: [12, 14],
      atMs: 6_000,
    });
    expect(next).toEqual({
      batch: { ...sent, state: "done", remaining: [] },
      save: true,
      message: null,
      accepted: { rows: 2, sentAtMs: 5_000 },
      runCursor: "r00000042",
    });
    const first = applyBatchEvent(sent, {
      type: "answered",
      outcome: { kind: "ok", runIds: [], runCursor: null },
      sentRows: [],
      atMs: 6_000,
    });
    expect(first).not.toHaveProperty("runCursor");
  });

  it("holds every request for as long as Retry-After says after a 429, and keeps the rows to send again", () => {
    const sent = batch({ state: "sending", attempts: 2 });
    const next = applyBatchEvent(
      sent,
      {
        type: "answered",
        outcome: { kind: "rate_limited", retryAfterMs: 30_000, message: "Rate limited" },
        sentRows: sent.rows,
        atMs: 10_000,
      },
      fixedBackoff,
    );
    expect(next).toEqual({ batch: { ...sent, state: "pending" }, save: true, message: "Rate limited", holdUntilMs: 40_000 });
    const noHeader = applyBatchEvent(
      sent,
      {
        type: "answered",
        outcome: { kind: "rate_limited", retryAfterMs: null, message: "Rate limited" },
        sentRows: sent.rows,
        atMs: 10_000,
      },
      fixedBackoff,
    );
    expect(noHeader.holdUntilMs).toBe(12_000);
  });

  it("fails a rejected batch with the API's message, naming rows instead of request indexes", () => {
    const sent = batch({ state: "sending", attempts: 1, remaining: [12, 14] });
    const next = applyBatchEvent(sent, {
      type: "answered",
      outcome: { kind: "rejected", status: 422, message: "inputs[1]: bad; inputs[5]: worse" },
      sentRows: [12, 14],
      atMs: 0,
    });
    expect(next).toEqual({ batch: { ...sent, state: "failed", error: "row 14: bad; inputs[5]: worse" }, save: true });
  });

  it("keeps an unanswered batch 'sending' (not journaled again) and waits before checking", () => {
    const sent = batch({ state: "sending", attempts: 3 });
    const next = applyBatchEvent(
      sent,
      { type: "answered", outcome: { kind: "unknown", retryAfterMs: null, message: "HTTP 502" }, sentRows: sent.rows, atMs: 0 },
      fixedBackoff,
    );
    expect(next).toEqual({ batch: sent, save: false, message: "HTTP 502; checking and trying again", retryInMs: 3_000 });
    const told = applyBatchEvent(
      sent,
      { type: "answered", outcome: { kind: "unknown", retryAfterMs: 7_000, message: "HTTP 503" }, sentRows: sent.rows, atMs: 0 },
      fixedBackoff,
    );
    expect(told.retryInMs).toBe(7_000);
  });

  it("shrinks a checked batch to the rows the runs stream does not show", () => {
    const sent = batch({ state: "sending", attempts: 1, remaining: [11, 12, 13, 14] });
    expect(applyBatchEvent(sent, { type: "rows_found", present: new Set([11, 13, 99]) })).toEqual({
      batch: { ...sent, state: "pending", remaining: [12, 14] },
      save: true,
    });
    expect(applyBatchEvent(sent, { type: "rows_found", present: new Set([11, 12, 13, 14]) }).batch).toMatchObject({
      state: "done",
      remaining: [],
    });
  });

  it("fails a batch given up on with the attempts and the last problem, or one whose inputs cannot be read", () => {
    const tried = batch({ attempts: 8 });
    expect(applyBatchEvent(tried, { type: "gave_up", lastMessage: "HTTP 503; checking and trying again" }).batch).toMatchObject({
      state: "failed",
      error: "No answer after 8 attempts (HTTP 503; checking and trying again)",
    });
    expect(applyBatchEvent(tried, { type: "gave_up", lastMessage: null }).batch.error).toBe("No answer after 8 attempts (unknown error)");
    expect(applyBatchEvent(tried, { type: "payload_unreadable", error: "No inputs stored for batch 2" }).batch).toMatchObject({
      state: "failed",
      error: "No inputs stored for batch 2",
    });
  });

  it("never changes the batch it is given", () => {
    const before = batch();
    const copy = structuredClone(before);
    applyBatchEvent(before, { type: "sending", atMs: 1, afterCursor: null });
    applyBatchEvent(before, { type: "rows_found", present: new Set([11]) });
    expect(before).toEqual(copy);
  });
});
