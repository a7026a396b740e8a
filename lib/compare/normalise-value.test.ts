import { describe, expect, it } from "vitest";
import { normaliseValue, valuesAgree } from "./normalise-value";

describe("normaliseValue", () => {
  it("treats case and whitespace as the same answer", () => {
    expect(valuesAgree(["  Acme   Corp ", "acme corp"])).toBe(true);
    expect(valuesAgree(["Acme\nCorp", "ACME corp"])).toBe(true);
    expect(valuesAgree(["Acme", "Acme Inc"])).toBe(false);
  });

  it("reads number formats as numbers: 1,200 = 1200 = 1200.0", () => {
    expect(valuesAgree(["1,200", "1200"])).toBe(true);
    expect(valuesAgree(["1,200", 1200])).toBe(true);
    expect(valuesAgree(["1200.0", 1200])).toBe(true);
    expect(valuesAgree(["1,234,567.5", "1234567.50"])).toBe(true);
    expect(valuesAgree(["1,200", "12,00"])).toBe(false);
    expect(valuesAgree(["1200", "1201"])).toBe(false);
  });

  it("compares URLs by host", () => {
    expect(valuesAgree(["https://www.acme.com/about", "http://acme.com"])).toBe(true);
    expect(valuesAgree(["https://ACME.com/", "https://acme.com/contact?x=1"])).toBe(true);
    expect(valuesAgree(["https://acme.com", "https://acme.org"])).toBe(false);
  });

  it("counts null, blank text and empty lists or objects as empty", () => {
    for (const empty of [null, undefined, "", "   ", [], {}]) expect(normaliseValue(empty)).toBeNull();
    expect(normaliseValue(0)).toBe("0");
    expect(normaliseValue(false)).toBe("false");
  });

  it("normalises inside lists and objects, ignoring key order", () => {
    expect(
      valuesAgree([
        ["Acme", "1,000"],
        ["acme", "1000"],
      ]),
    ).toBe(true);
    expect(
      valuesAgree([
        { b: "X", a: 1 },
        { a: "1", b: "x" },
      ]),
    ).toBe(true);
    expect(
      valuesAgree([
        ["a", "b"],
        ["b", "a"],
      ]),
    ).toBe(false);
  });
});
