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
});
