import { describe, expect, it } from "vitest";
import { deepJsonText } from "../../testing/deep-json";
import { outputSchemaDepth } from "./output-schema-depth";
import { validateAddRunsBody } from "./validate-add-runs";

const nested = (levels: number): Record<string, unknown> =>
  levels === 1
    ? { type: "object", properties: { leaf: { type: "string" } } }
    : { type: "object", properties: { child: nested(levels - 1) } };

describe("outputSchemaDepth", () => {
  it("counts levels of objects, through arrays and anyOf", () => {
    expect(outputSchemaDepth({ type: "string" })).toBe(0);
    expect(outputSchemaDepth(nested(3))).toBe(3);
    expect(outputSchemaDepth({ type: "object", properties: { list: { type: "array", items: nested(2) } } })).toBe(3);
    expect(outputSchemaDepth({ type: "object", properties: { x: { anyOf: [{ type: "null" }, nested(3)] } } })).toBe(4);
  });
});

describe("validateAddRunsBody", () => {
  const ok = { processor: "lite", input: "What is the capital of France?" };

  it("accepts a valid body", () => {
    expect(validateAddRunsBody({ inputs: [ok, { ...ok, input: { country: "France" } }] }).ok).toBe(true);
  });

  it("rejects more than 1,000 inputs", () => {
    const result = validateAddRunsBody({ inputs: Array.from({ length: 1_001 }, () => ok) });
    expect(result).toMatchObject({ ok: false, errors: [{ loc: ["body", "inputs"], type: "too_long" }] });
  });

  it("names the index of an input missing its processor or input", () => {
    const result = validateAddRunsBody({ inputs: [ok, ok, { input: "x" }, { processor: "lite" }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { loc: ["body", "inputs", 2, "processor"], msg: "Field required", type: "missing" },
      { loc: ["body", "inputs", 3, "input"], msg: "Field required", type: "missing" },
    ]);
  });

  it("rejects task spec plus input over 25,000 characters, naming the index", () => {
    const result = validateAddRunsBody({ inputs: [ok, { processor: "lite", input: "x".repeat(25_001) }] });
    expect(result).toMatchObject({ ok: false, errors: [{ loc: ["body", "inputs", 1], type: "value_error" }] });
    if (!result.ok) expect(result.errors[0].msg).toContain("25000");
  });

  it("counts the default task spec toward an input's size", () => {
    const spec = { output_schema: { type: "text", description: "y".repeat(20_000) } };
    const result = validateAddRunsBody({ default_task_spec: spec, inputs: [{ processor: "lite", input: "z".repeat(6_000) }] });
    expect(result.ok).toBe(false);
  });

  it("rejects an output schema nested deeper than 3 levels", () => {
    const spec = { output_schema: { type: "json", json_schema: nested(4) } };
    const result = validateAddRunsBody({ inputs: [{ ...ok, task_spec: spec }] });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ loc: ["body", "inputs", 0, "task_spec", "output_schema", "json_schema"], type: "value_error" }],
    });
    expect(validateAddRunsBody({ inputs: [{ ...ok, task_spec: { output_schema: { type: "json", json_schema: nested(3) } } }] }).ok).toBe(
      true,
    );
  });

  it("rejects values nested deeper than 64 levels before walking them, naming each field", () => {
    const deep = (levels: number): unknown => JSON.parse(deepJsonText(levels));
    expect(validateAddRunsBody({ inputs: [{ ...ok, input: deep(64) }] }).ok).toBe(true);
    expect(validateAddRunsBody({ inputs: [ok, { ...ok, input: deep(5_000), metadata: deep(65) }], default_task_spec: deep(100) })).toEqual({
      ok: false,
      errors: [
        { loc: ["body", "default_task_spec"], msg: "nested 100 levels deep; the limit is 64", type: "value_error" },
        { loc: ["body", "inputs", 1, "input"], msg: "nested 5000 levels deep; the limit is 64", type: "value_error" },
        { loc: ["body", "inputs", 1, "metadata"], msg: "nested 65 levels deep; the limit is 64", type: "value_error" },
      ],
    });
    expect(validateAddRunsBody({ inputs: deep(5_000) })).toMatchObject({
      ok: false,
      errors: [{ loc: ["body", "inputs"], msg: "nested 5000 levels deep; the limit is 64" }],
    });
  });

  it("rejects wrong types and unknown processors", () => {
    expect(validateAddRunsBody({ inputs: "nope" })).toMatchObject({ ok: false, errors: [{ loc: ["body", "inputs"] }] });
    expect(validateAddRunsBody({ inputs: [{ ...ok, metadata: { nested: { no: 1 } } }] })).toMatchObject({
      ok: false,
      errors: [{ loc: ["body", "inputs", 0, "metadata", "nested"] }],
    });
    expect(validateAddRunsBody({ inputs: [{ ...ok, processor: "turbo" }] }, (p) => p === "lite")).toMatchObject({
      ok: false,
      errors: [{ loc: ["body", "inputs", 0, "processor"], msg: "Unknown processor 'turbo'" }],
    });
  });
});
