import { describe, expect, it } from "vitest";
import { alternateRounds, median, percentile, roundRatios, summarize } from "./stats";

describe("stats", () => {
  it("takes the median of odd and even counts without reordering the input", () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("interpolates percentiles between ranks", () => {
    expect(percentile([10, 20, 30, 40, 50], 50)).toBe(30);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([7], 99)).toBe(7);
  });

  it("summarizes values", () => {
    expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
  });

  it("runs variants in the same order every round and keeps values by round", async () => {
    const order: string[] = [];
    const values = await alternateRounds(2, {
      a: async () => (order.push("a"), order.length),
      b: async () => (order.push("b"), order.length),
    });
    expect(order).toEqual(["a", "b", "a", "b"]);
    expect(values).toEqual({ a: [1, 3], b: [2, 4] });
    expect(roundRatios(values.b, values.a)).toEqual([2, 4 / 3]);
  });
});
