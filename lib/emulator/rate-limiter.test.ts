import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("allows the limit per minute, then says how many seconds to wait", () => {
    const limiter = new RateLimiter(3);
    const t0 = 1_000_000;
    expect([limiter.take("k", t0), limiter.take("k", t0 + 1), limiter.take("k", t0 + 2)]).toEqual([0, 0, 0]);
    expect(limiter.take("k", t0 + 10_000)).toBe(50);
    expect(limiter.take("other", t0 + 10_000)).toBe(0);
    expect(limiter.take("k", t0 + 60_001)).toBe(0);
  });

  it("counts over a shorter window when given one", () => {
    const limiter = new RateLimiter(2, 10_000);
    const t0 = 1_000_000;
    expect([limiter.take("k", t0), limiter.take("k", t0 + 1)]).toEqual([0, 0]);
    expect(limiter.take("k", t0 + 2_500)).toBe(8);
    expect(limiter.take("k", t0 + 10_001)).toBe(0);
  });
});
