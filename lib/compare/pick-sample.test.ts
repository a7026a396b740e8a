import { describe, expect, it } from "vitest";
import { pickSample, type SampleCandidate } from "./pick-sample";
import { sampleEstimates } from "./sample-estimate";

const runs: SampleCandidate[] = Array.from({ length: 1_000 }, (_, index) => ({
  runId: `trun_${index}`,
  position: index,
  status: index % 10 === 3 ? "failed" : "completed",
}));

describe("pickSample", () => {
  it("takes the first N rows in the group's order", () => {
    expect(pickSample([...runs].reverse(), { method: "first", size: 3, seed: 0 }).map((run) => run.position)).toEqual([0, 1, 2]);
  });

  it("draws the same random N again from the same seed, and other rows from another seed", () => {
    const first = pickSample(runs, { method: "random", size: 200, seed: 42 });
    const again = pickSample(runs, { method: "random", size: 200, seed: 42 });
    const other = pickSample(runs, { method: "random", size: 200, seed: 43 });
    expect(first).toHaveLength(200);
    expect(new Set(first.map((run) => run.runId)).size).toBe(200);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first.map((run) => run.position)).toEqual([...first.map((run) => run.position)].sort((a, b) => a - b));
  });

  it("takes only failed runs, up to N", () => {
    const failed = pickSample(runs, { method: "failed", size: 5, seed: 0 });
    expect(failed.map((run) => run.position)).toEqual([3, 13, 23, 33, 43]);
    expect(pickSample(runs.slice(0, 20), { method: "failed", size: 50, seed: 0 })).toHaveLength(2);
  });

  it("takes all rows when N is larger than the group", () => {
    expect(pickSample(runs.slice(0, 4), { method: "random", size: 10, seed: 1 })).toHaveLength(4);
  });
});

describe("sampleEstimates", () => {
  it("costs the sample next to the full set at each processor: 200 of 100,000 rows", () => {
    const estimates = sampleEstimates(200, 100_000);
    expect(estimates.find((e) => e.processor === "lite")).toEqual({ processor: "lite", sampleUsd: 1, fullUsd: 500 });
    expect(estimates.find((e) => e.processor === "core")).toEqual({ processor: "core", sampleUsd: 5, fullUsd: 2_500 });
    expect(estimates.find((e) => e.processor === "ultra")).toEqual({ processor: "ultra", sampleUsd: 60, fullUsd: 30_000 });
    expect(estimates.some((e) => e.processor.endsWith("-fast"))).toBe(false);
  });
});
