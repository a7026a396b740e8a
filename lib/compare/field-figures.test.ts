import { describe, expect, it } from "vitest";
import { createFieldFigures, differingFields } from "./field-figures";
import { outputFieldsOf, type OutputFields } from "./output-fields";

const fields = (values: Record<string, unknown>, confidence: Record<string, string | null> = {}): OutputFields => ({ values, confidence });

describe("createFieldFigures", () => {
  it("gives each field's agreement rate over the rows both groups answered", () => {
    const figures = createFieldFigures(2);
    figures.add([fields({ revenue: "1,200", ceo: "Jane Doe" }), fields({ revenue: "1200", ceo: "jane doe" })]);
    figures.add([fields({ revenue: "900", ceo: "Jane Doe" }), fields({ revenue: "1000", ceo: "John Roe" })]);
    figures.add([fields({ revenue: "5", ceo: "X" }), fields({ revenue: "5", ceo: "X" })]);
    figures.add([fields({ revenue: "5", ceo: "X" }), null]);
    const [ceo, revenue] = figures.result();
    expect(ceo).toMatchObject({ field: "ceo", compared: 3, agreed: 2, agreementRate: 2 / 3 });
    expect(revenue).toMatchObject({ field: "revenue", compared: 3, agreed: 2, agreementRate: 2 / 3 });
  });

  it("counts each group's confidence levels and empty answers per field", () => {
    const figures = createFieldFigures(2);
    figures.add([fields({ ceo: "A" }, { ceo: "high" }), fields({ ceo: "" }, { ceo: "low" })]);
    figures.add([fields({ ceo: "B" }, { ceo: "LOW" }), fields({ ceo: null }, { ceo: "low" })]);
    figures.add([fields({ ceo: "C" }, { ceo: "high" }), fields({ ceo: "C" }, {})]);
    figures.add([fields({ ceo: "D" }, { ceo: "medium" }), fields({}, { ceo: "medium" })]);
    const [ceo] = figures.result();
    expect(ceo.groups[0]).toEqual({ confidence: { high: 2, medium: 1, low: 1, none: 0 }, empty: 0, emptyShare: 0 });
    expect(ceo.groups[1]).toEqual({ confidence: { high: 0, medium: 1, low: 2, none: 1 }, empty: 3, emptyShare: 0.75 });
    expect(ceo.agreementRate).toBe(0.25);
  });

  it("compares the union of the fields when the groups' outputs have different fields", () => {
    const figures = createFieldFigures(2);
    figures.add([
      fields({ ceo: "A", city: "Paris" }, { city: "high" }),
      fields({ ceo: "a", founded: "1990" }, { founded: "low", city: "medium" }),
    ]);
    figures.add([fields({ ceo: "B", city: "" }), fields({ ceo: "B" })]);
    const byField = Object.fromEntries(figures.result().map((field) => [field.field, field]));
    expect(Object.keys(byField)).toEqual(["ceo", "city", "founded"]);
    expect(byField.ceo).toMatchObject({ compared: 2, agreed: 2 });
    expect(byField.city).toMatchObject({ compared: 2, agreed: 1 });
    expect(byField.city.groups.map((group) => group.empty)).toEqual([1, 2]);
    expect(byField.city.groups.map((group) => group.confidence)).toEqual([
      { high: 1, medium: 0, low: 0, none: 1 },
      { high: 0, medium: 1, low: 0, none: 1 },
    ]);
    expect(byField.founded).toMatchObject({ compared: 1, agreed: 0 });
  });

  it("counts two empty answers as agreeing", () => {
    const figures = createFieldFigures(2);
    figures.add([fields({ ceo: "" }), fields({ ceo: null })]);
    expect(figures.result()[0].agreementRate).toBe(1);
  });
});

describe("differingFields", () => {
  it("names the fields on which the groups differ after normalising", () => {
    expect(differingFields([fields({ a: "X", b: "1,000", c: "p" }), fields({ a: "x", b: "1001", c: "q" })])).toEqual(["b", "c"]);
  });
});

describe("outputFieldsOf", () => {
  it("reads a JSON output's fields and a text output as one `output` field, with basis confidence", () => {
    const json = outputFieldsOf({
      type: "json",
      content: { ceo: "Jane", execs: ["a"] },
      basis: [
        { field: "ceo", reasoning: "", citations: [], confidence: "high" },
        { field: "execs.0", reasoning: "", citations: [], confidence: "low" },
      ],
    });
    expect(json).toEqual({ values: { ceo: "Jane", execs: ["a"] }, confidence: { ceo: "high", execs: "low" } });
    const text = outputFieldsOf({
      type: "text",
      content: "Hello",
      basis: [{ field: "output", reasoning: "", citations: [], confidence: "medium" }],
    });
    expect(text).toEqual({ values: { output: "Hello" }, confidence: { output: "medium" } });
  });
});
