import { describe, expect, it } from "vitest";
import { MAX_STATUS_SAMPLES, placeSample, sampleSpacingMs, samplesToThin, THINNED_STATUS_SAMPLES } from "./status-sample-downsampling";

interface Sample {
  at: number;
  value: number;
}

/** Applies the same rules recordGroupStatus applies to the database, to an array. */
function record(samples: Sample[], sample: Sample): void {
  const n = samples.length;
  const placement = placeSample(
    n === 0 ? null : { firstAtMs: samples[0].at, previousAtMs: n > 1 ? samples[n - 2].at : null, latestAtMs: samples[n - 1].at },
    sample.at,
  );
  if (placement === "append") {
    samples.push(sample);
    if (samples.length > MAX_STATUS_SAMPLES) {
      const drop = new Set(samplesToThin(samples.map((s) => s.at)));
      const kept = samples.filter((s) => !drop.has(s.at));
      samples.splice(0, samples.length, ...kept);
    }
  } else if (placement === "move_latest") samples[n - 1] = sample;
  else samples[n - 1] = { at: samples[n - 1].at, value: sample.value };
}

const SECOND_MS = 1_000;
const WEEK_MS = 7 * 24 * 3_600 * SECOND_MS;

describe("status sample downsampling", () => {
  it("keeps a week of per-second samples under the cap with first, latest and shape intact", () => {
    const start = 1_700_000_000_000;
    const stepAt = start + 3 * 24 * 3_600 * SECOND_MS + 1_234_567;
    // Completed runs grow linearly; at `stepAt` a burst of failures appears at once.
    const valueAt = (at: number) => Math.floor((at - start) / 1_000) + (at >= stepAt ? 1_000_000 : 0);
    const samples: Sample[] = [];
    let largest = 0;
    for (let at = start; at <= start + WEEK_MS; at += SECOND_MS) {
      record(samples, { at, value: valueAt(at) });
      largest = Math.max(largest, samples.length);
    }

    expect(largest).toBeLessThanOrEqual(MAX_STATUS_SAMPLES);
    expect(samples.length).toBeGreaterThan(THINNED_STATUS_SAMPLES / 2);
    expect(samples[0]).toEqual({ at: start, value: 0 });
    expect(samples[samples.length - 1]).toEqual({ at: start + WEEK_MS, value: valueAt(start + WEEK_MS) });
    // Every kept sample is a real reading, in time order.
    for (let i = 1; i < samples.length; i++) {
      expect(samples[i].at).toBeGreaterThan(samples[i - 1].at);
      expect(samples[i].value).toBe(valueAt(samples[i].at));
    }
    // No hole wider than 1% of the week, so a chart of it has the shape of the real curve...
    const widestGap = Math.max(...samples.slice(1).map((s, i) => s.at - samples[i].at));
    expect(widestGap).toBeLessThan(WEEK_MS / 100);
    // ...and the jump is placed within that resolution.
    const after = samples.findIndex((s) => s.at >= stepAt);
    expect(samples[after].at - samples[after - 1].at).toBeLessThan(WEEK_MS / 100);
    expect(samples[after - 1].value).toBeLessThan(1_000_000);
    expect(samples[after].value).toBeGreaterThan(1_000_000);
  });

  it("samples every second while the group is young, then ever more sparsely", () => {
    expect(sampleSpacingMs(0)).toBe(1_000);
    expect(sampleSpacingMs(60_000)).toBe(1_000);
    expect(sampleSpacingMs(WEEK_MS)).toBeCloseTo(WEEK_MS / 250);
  });

  it("places a late or same-time sample into the latest one", () => {
    const neighbours = { firstAtMs: 0, previousAtMs: 10_000, latestAtMs: 20_000 };
    expect(placeSample(null, 5)).toBe("append");
    expect(placeSample({ firstAtMs: 0, previousAtMs: null, latestAtMs: 0 }, 10)).toBe("append");
    expect(placeSample(neighbours, 20_000)).toBe("merge_into_latest");
    expect(placeSample(neighbours, 15_000)).toBe("merge_into_latest");
    expect(placeSample(neighbours, 20_500)).toBe("append");
    expect(placeSample({ firstAtMs: 0, previousAtMs: 10_000, latestAtMs: 10_400 }, 10_900)).toBe("move_latest");
  });

  it("thins to one sample per bucket, keeping first and latest", () => {
    const times = Array.from({ length: 2_000 }, (_, i) => i * 7);
    const drop = new Set(samplesToThin(times, 100));
    const kept = times.filter((t) => !drop.has(t));
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(times[times.length - 1]);
    expect(kept.length).toBeGreaterThanOrEqual(100);
    expect(kept.length).toBeLessThanOrEqual(102);
    expect(samplesToThin(times.slice(0, 50), 100)).toEqual([]);
  });
});
