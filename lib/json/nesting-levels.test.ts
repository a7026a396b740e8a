import { describe, expect, it } from "vitest";
import { deepJsonText } from "../testing/deep-json";
import { jsonNestingLevels, tooDeepFields } from "./nesting-levels";

describe("jsonNestingLevels", () => {
  it("counts levels of arrays and objects, scalars being none", () => {
    expect(jsonNestingLevels("text")).toBe(0);
    expect(jsonNestingLevels(null)).toBe(0);
    expect(jsonNestingLevels([])).toBe(1);
    expect(jsonNestingLevels({ a: 1 })).toBe(1);
    expect(jsonNestingLevels({ a: [1, { b: [] }], c: {} })).toBe(4);
  });

  it("measures a value far deeper than the stack allows a recursive walk", () => {
    expect(jsonNestingLevels(JSON.parse(deepJsonText(100_000)))).toBe(100_000);
    expect(jsonNestingLevels(JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`))).toBe(100_000);
  });
});

describe("tooDeepFields", () => {
  it("names each field of an object deeper than 64 levels, or the value itself", () => {
    const body = JSON.parse(`{"ok":${deepJsonText(64)},"deep":${deepJsonText(65)},"text":"x"}`) as unknown;
    expect(tooDeepFields(body, ["body"])).toEqual([{ loc: ["body", "deep"], levels: 65 }]);
    expect(tooDeepFields(JSON.parse(`[${deepJsonText(64)}]`), ["body"])).toEqual([{ loc: ["body"], levels: 65 }]);
    expect(tooDeepFields("x", ["body"])).toEqual([]);
  });
});
