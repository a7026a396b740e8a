import { describe, expect, it } from "vitest";
import { createRng, hashString } from "./prng";

describe("hashString", () => {
  it("is a stable unsigned 32-bit hash", () => {
    // Pinned so a change that would reshuffle every emulated output is noticed.
    expect([hashString(""), hashString("a"), hashString("hello world")]).toEqual([2872998923, 444641715, 3104069356]);
    for (const s of ["x", "y", "a longer seed string", "ünïcødé"]) {
      const h = hashString(s);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
  });

  it("separates close strings", () => {
    const hashes = new Set(Array.from({ length: 1000 }, (_, i) => hashString(`run-${i}`)));
    expect(hashes.size).toBe(1000);
  });
});

describe("createRng", () => {
  it("replays the same sequence for the same seed", () => {
    const a = createRng("seed");
    const b = createRng("seed");
    const seqA = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(seqA);
    expect(seqA.slice(0, 2)).toEqual([0.06830325606279075, 0.3512421005871147]);
  });

  it("gives different sequences for different seeds", () => {
    expect(createRng("one").next()).not.toBe(createRng("two").next());
  });

  it("keeps next() in [0, 1) and spreads values out", () => {
    const rng = createRng("spread");
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const v = rng.next();
      expect(v >= 0 && v < 1).toBe(true);
      buckets[Math.floor(v * 10)]++;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(800);
  });

  it("int() covers both inclusive ends and nothing outside", () => {
    const rng = createRng("ints");
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(rng.int(-2, 3));
    expect([...seen].sort((x, y) => x - y)).toEqual([-2, -1, 0, 1, 2, 3]);
  });

  it("float(), pick() and chance() stay within their contracts", () => {
    const rng = createRng("misc");
    const items = ["a", "b", "c"] as const;
    const picked = new Set<string>();
    let heads = 0;
    for (let i = 0; i < 1000; i++) {
      const f = rng.float(5, 6);
      expect(f >= 5 && f < 6).toBe(true);
      picked.add(rng.pick(items));
      if (rng.chance(0.25)) heads++;
      expect(rng.chance(0)).toBe(false);
      expect(rng.chance(1)).toBe(true);
    }
    expect(picked).toEqual(new Set(items));
    expect(heads).toBeGreaterThan(180);
    expect(heads).toBeLessThan(320);
  });
});
