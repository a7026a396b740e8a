import { describe, expect, it } from "vitest";
import { evaluateCondition, type GroupSnapshot } from "./evaluate-condition";
import { rulesForGroup } from "./rules-for-group";

const MINUTE_MS = 60_000;

const group = (over: Partial<GroupSnapshot> = {}): GroupSnapshot => ({
  groupId: "tgrp_1",
  name: "Leads",
  isActive: true,
  numRuns: 10,
  counts: { running: 10 },
  progressAtMs: 0,
  spendUsd: 0,
  ...over,
});

describe("evaluateCondition", () => {
  it("finished: only once the group is inactive, keyed by its run count", () => {
    expect(evaluateCondition({ kind: "finished" }, group(), 0)).toBeNull();
    const done = evaluateCondition({ kind: "finished" }, group({ isActive: false, counts: { completed: 9, failed: 1 } }), 0);
    expect(done?.key).toBe("finished:10");
    expect(done?.message).toContain("Leads");
    expect(done?.message).toContain("9 completed, 1 failed of 10 runs");
    // Runs added later and finished again: another occurrence.
    expect(evaluateCondition({ kind: "finished" }, group({ isActive: false, numRuns: 12, counts: { completed: 12 } }), 0)?.key).toBe(
      "finished:12",
    );
  });

  it("failure rate: strictly above the percent, and only once enough runs are terminal", () => {
    const rule = { kind: "failure_rate" as const, percent: 20, minTerminalRuns: 5 };
    expect(evaluateCondition(rule, group({ counts: { failed: 4, running: 6 } }), 0)).toBeNull(); // 4 terminal < 5
    expect(evaluateCondition(rule, group({ counts: { failed: 1, completed: 4, running: 5 } }), 0)).toBeNull(); // 20% is not above 20%
    const over = evaluateCondition(rule, group({ counts: { failed: 2, completed: 3, running: 5 } }), 0);
    expect(over).toEqual({ key: "failure_rate", message: expect.stringContaining("2 of 5 terminal runs failed (40%), above 20%") });
  });

  it("stalled: after N minutes without a run finishing, while active, keyed by the last progress", () => {
    const rule = { kind: "stalled" as const, minutes: 5 };
    const since = 1_000_000;
    expect(evaluateCondition(rule, group({ progressAtMs: since }), since + 5 * MINUTE_MS - 1)).toBeNull();
    expect(evaluateCondition(rule, group({ progressAtMs: since }), since + 5 * MINUTE_MS)?.key).toBe(`stalled:${since}`);
    expect(evaluateCondition(rule, group({ progressAtMs: since, isActive: false }), since + 60 * MINUTE_MS)).toBeNull();
  });

  it("spend: strictly above the amount", () => {
    expect(evaluateCondition({ kind: "spend", usd: 5 }, group({ spendUsd: 5 }), 0)).toBeNull();
    expect(evaluateCondition({ kind: "spend", usd: 5 }, group({ spendUsd: 5.01 }), 0)?.message).toContain("$5.01, above $5");
  });
});

describe("rulesForGroup", () => {
  it("applies a team default only where the group has no rule of its kind", () => {
    const rules = [
      { id: "team-finished", groupId: null, kind: "finished" as const },
      { id: "team-rate", groupId: null, kind: "failure_rate" as const },
      { id: "own-rate", groupId: "tgrp_1", kind: "failure_rate" as const },
      { id: "other", groupId: "tgrp_2", kind: "spend" as const },
    ];
    expect(rulesForGroup(rules, "tgrp_1").map((r) => r.id)).toEqual(["own-rate", "team-finished"]);
    expect(rulesForGroup(rules, "tgrp_2").map((r) => r.id)).toEqual(["other", "team-finished", "team-rate"]);
  });
});
