import { describe, expect, it } from "vitest";
import { costOf, groupFigures, latencyMsOf, quantile, type GroupRunFacts } from "./group-figures";

describe("groupFigures", () => {
  it("costs runs at their processor's price: 200 lite runs $1, 200 core runs $5", () => {
    expect(costOf({ lite: 200 })).toBe(1);
    expect(costOf({ core: 200 })).toBe(5);
    expect(costOf({ lite: 100, "ultra-fast": 10 })).toBe(3.5);
    expect(costOf({ mystery: 1 })).toBeNull();
  });

  it("gives median and p90 latency of terminal runs and the failure rate", () => {
    const runs: GroupRunFacts[] = Array.from({ length: 10 }, (_, index) => ({
      processor: "lite",
      status: index < 2 ? "failed" : "completed",
      latencyMs: (index + 1) * 1_000,
    }));
    runs.push({ processor: "lite", status: "running", latencyMs: null });
    expect(groupFigures(runs)).toEqual({
      runs: 11,
      completed: 8,
      failed: 2,
      failureRate: 0.2,
      costUsd: 0.055,
      medianLatencyMs: 5_000,
      p90LatencyMs: 9_000,
    });
  });

  it("has no latency or failure rate before any run ended", () => {
    expect(groupFigures([{ processor: "base", status: "queued", latencyMs: null }])).toMatchObject({
      failureRate: null,
      medianLatencyMs: null,
      p90LatencyMs: null,
    });
  });

  it("measures latency from creation to the last change of a terminal run only", () => {
    expect(latencyMsOf("2026-01-01T00:00:00Z", "2026-01-01T00:01:30Z", "completed")).toBe(90_000);
    expect(latencyMsOf("2026-01-01T00:00:00Z", "2026-01-01T00:01:30Z", "running")).toBeNull();
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
  });
});
