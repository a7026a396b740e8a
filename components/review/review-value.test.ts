import { describe, expect, it } from "vitest";
import { textToValue, valueToText } from "./review-value";

describe("review values", () => {
  it("edits strings as text and other values as JSON of the same kind", () => {
    expect(valueToText("Acme")).toBe("Acme");
    expect(valueToText(1200)).toBe("1200");
    expect(valueToText(["a", "b"])).toBe('["a","b"]');
    expect(textToValue("Acme Corp", "Acme")).toBe("Acme Corp");
    expect(textToValue("1300", 1200)).toBe(1300);
    expect(textToValue('["a"]', ["a", "b"])).toEqual(["a"]);
    expect(textToValue("not json", 5)).toBe("not json");
  });
});
