import { describe, expect, it } from "vitest";
import { parseBenchArgs } from "./bench-args";

const FIGURES = ["B1", "B3", "B10"];

describe("npm run bench options", () => {
  it("reads --quick, --only in both spellings and --soak-minutes in minutes", () => {
    expect(parseBenchArgs([], FIGURES)).toEqual({ quick: false, only: null, soakMs: null });
    expect(parseBenchArgs(["--quick", "--only", "b1,B10"], FIGURES)).toEqual({ quick: true, only: new Set(["B1", "B10"]), soakMs: null });
    expect(parseBenchArgs(["--only=B10", "--soak-minutes", "2.5"], FIGURES)).toEqual({
      quick: false,
      only: new Set(["B10"]),
      soakMs: 150_000,
    });
    expect(parseBenchArgs(["--soak-minutes=1"], FIGURES).soakMs).toBe(60_000);
  });

  it("names what is wrong: an unknown figure, option or a bad duration", () => {
    expect(() => parseBenchArgs(["--only", "B9"], FIGURES)).toThrow("unknown figure B9; known: B1, B3, B10");
    expect(() => parseBenchArgs(["--fast"], FIGURES)).toThrow("unknown option --fast");
    expect(() => parseBenchArgs(["--only"], FIGURES)).toThrow("--only needs a value");
    expect(() => parseBenchArgs(["--soak-minutes", "--quick"], FIGURES)).toThrow("--soak-minutes needs a value");
    expect(() => parseBenchArgs(["--soak-minutes", "0"], FIGURES)).toThrow(
      '--soak-minutes must be a number of minutes above 0 and at most 1440, got "0"',
    );
    expect(() => parseBenchArgs(["--soak-minutes=ten"], FIGURES)).toThrow('got "ten"');
  });
});
