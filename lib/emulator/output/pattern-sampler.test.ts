import { describe, expect, it } from "vitest";
import { compilePattern } from "./pattern-sampler";
import { createRng } from "./prng";

const SUPPORTED = [
  "^[A-Z]{3}-\\d{4}$",
  "^\\+?[0-9 ()-]{7,15}$",
  "^(draft|final)_v\\d+(\\.\\d+)?$",
  "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$",
  "^(?:https?)://[^\\s/]+\\.com$",
  "^\\w+\\s\\w+$",
  "^[^0-9]{2,4}$",
  "^(?<year>\\d{4})-(0[1-9]|1[0-2])$",
  "^\\u0041+b*c?$",
  "^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$",
];

describe("compilePattern", () => {
  for (const pattern of SUPPORTED) {
    it(`samples strings that match ${pattern}`, () => {
      const sampler = compilePattern(pattern);
      if (!sampler) throw new Error("pattern should be supported");
      const regex = new RegExp(pattern, "u");
      const rng = createRng(pattern);
      for (let i = 0; i < 100; i++) expect(sampler(rng)).toMatch(regex);
    });
  }

  it("declines lookarounds and backreferences so callers fall back", () => {
    expect(compilePattern("^(?=.*\\d).+$")).toBeUndefined();
    expect(compilePattern("^(?!x).$")).toBeUndefined();
    expect(compilePattern("^(a)\\1$")).toBeUndefined();
    expect(compilePattern("^(unclosed$")).toBeUndefined();
  });
});
