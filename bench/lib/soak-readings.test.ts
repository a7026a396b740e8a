import { describe, expect, it } from "vitest";
import { PeakReadings, soakMeasures } from "./soak-readings";

describe("B10 soak readings", () => {
  it("keeps each reading's own peak, whenever it happened", () => {
    const peak = new PeakReadings();
    peak.add({ rssMb: 150, fds: 40 });
    peak.add({ heapMb: 60, rssMb: 140 });
    peak.add({ fds: 55 });
    expect(peak.get()).toEqual({ heapMb: 60, rssMb: 150, fds: 55 });
  });

  it("refuses to report a peak when nothing was read during the churn", () => {
    expect(() => new PeakReadings().get()).toThrow(/no reading/);
  });

  it("judges heap within 1.2×, RSS within 1.5× and file descriptors back to where they started", () => {
    const start = { heapMb: 50, rssMb: 100, fds: 30 };
    const peak = { heapMb: 120, rssMb: 200, fds: 90 };
    const pass = soakMeasures(start, peak, { heapMb: 60, rssMb: 150, fds: 30 });
    expect(pass.filter((m) => m.goal).map((m) => [m.name, m.median, m.pass])).toEqual([
      ["heap after GC: after idle ÷ start", 1.2, true],
      ["RSS: after idle ÷ start", 1.5, true],
      ["open file descriptors after idle − start", 0, true],
    ]);
    const miss = soakMeasures(start, peak, { heapMb: 61, rssMb: 151, fds: 31 });
    expect(miss.filter((m) => m.goal).map((m) => m.pass)).toEqual([false, false, false]);
  });
});
