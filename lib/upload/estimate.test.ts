import { describe, expect, it } from "vitest";
import { getProcessor } from "../parallel/processors";
import { estimateRuns, formatLatency, formatLatencyRange, formatUsd } from "./estimate";
import { backoffMs, parseRetryAfter } from "./retry-after";

describe("estimate", () => {
  it("prices runs per 1,000 and takes the processor's latency range", () => {
    expect(estimateRuns(2_500, getProcessor("lite")!)).toEqual({ runs: 2_500, usd: 12.5, minMs: 10_000, maxMs: 60_000 });
    expect(formatUsd(estimateRuns(50_000, getProcessor("ultra8x-fast")!).usd)).toBe("$120,000.00");
    expect(formatUsd(estimateRuns(1, getProcessor("lite")!).usd)).toBe("< $0.01");
  });

  it("words latencies the way people plan", () => {
    expect(formatLatencyRange(10_000, 60_000)).toBe("10 s–1 min");
    expect(formatLatency(90_000)).toBe("1 min 30 s");
    expect(formatLatency(25 * 60_000)).toBe("25 min");
    expect(formatLatency(2 * 3_600_000)).toBe("2 h");
  });
});

describe("Retry-After and backoff", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("42")).toBe(42_000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(30_000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });

  it("backs off exponentially with jitter, capped at 30 s", () => {
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 1)).toBe(1_000);
    expect(backoffMs(4, () => 1)).toBe(8_000);
    expect(backoffMs(20, () => 1)).toBe(30_000);
  });
});
