import { describe, expect, it } from "vitest";
import { formatDuration, progressStats } from "./group-progress-stats";

const sample = (at_ms: number, completed: number, failed = 0, running = 0) => ({
  at_ms,
  num_runs: 100,
  counts: { completed, failed, running },
});

describe("progressStats", () => {
  it("counts completed, failed and cancelled runs as finished", () => {
    const stats = progressStats({ completed: 30, failed: 5, cancelled: 5, running: 10, queued: 50 }, 100, []);
    expect(stats.finished).toBe(40);
    expect(stats.fraction).toBeCloseTo(0.4);
  });

  it("measures throughput over the last minute of samples only", () => {
    const samples = [sample(0, 0), sample(60_000, 10), sample(90_000, 20), sample(120_000, 40)];
    // From the sample at 60 s (10 finished) to 120 s (40 finished): 30 per minute.
    const stats = progressStats({ completed: 40 }, 100, samples);
    expect(stats.perMinute).toBeCloseTo(30);
    expect(stats.etaMs).toBeCloseTo(2 * 60_000);
  });

  it("gives no rate or ETA when the samples span too little time", () => {
    const stats = progressStats({ completed: 5 }, 100, [sample(0, 0), sample(500, 5)]);
    expect(stats.perMinute).toBeNull();
    expect(stats.etaMs).toBeNull();
  });

  it("gives no ETA once everything finished", () => {
    const stats = progressStats({ completed: 100 }, 100, [sample(0, 0), sample(30_000, 100)]);
    expect(stats.fraction).toBe(1);
    expect(stats.etaMs).toBeNull();
  });

  it("handles a group without runs", () => {
    expect(progressStats({}, 0, [])).toMatchObject({ finished: 0, fraction: 0, perMinute: null, etaMs: null });
  });
});

describe("formatDuration", () => {
  it("uses the two largest units", () => {
    expect(formatDuration(4_200)).toBe("4s");
    expect(formatDuration(125_000)).toBe("2m 05s");
    expect(formatDuration(3_900_000)).toBe("1h 05m");
  });
});
