import { describe, expect, it } from "vitest";
import { deepJsonText } from "../testing/deep-json";
import { addField, removeField, updateField } from "./schema-field-tree";
import { fieldsProblem, fieldsToJsonSchema, jsonSchemaToFields, newField, outputSchemaProblem } from "./schema-fields";

describe("the field builder and the JSON editor", () => {
  it("turns fields into a JSON schema and back", () => {
    const fields = [
      newField({ name: "ceo", description: "Name of the CEO" }),
      newField({ name: "founded", type: "integer", required: false }),
      newField({ name: "hq", type: "object", children: [newField({ name: "city" })] }),
      newField({ name: "products", type: "array", itemType: "object", children: [newField({ name: "name" })] }),
      newField({ name: "tags", type: "array", itemType: "string" }),
    ];
    const schema = fieldsToJsonSchema(fields);
    expect(schema).toEqual({
      type: "object",
      properties: {
        ceo: { type: "string", description: "Name of the CEO" },
        founded: { type: "integer" },
        hq: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
        products: {
          type: "array",
          items: { type: "object", properties: { name: { type: "string" } }, required: ["name"], additionalProperties: false },
        },
        tags: { type: "array", items: { type: "string" } },
      },
      required: ["ceo", "hq", "products", "tags"],
      additionalProperties: false,
    });
    const back = jsonSchemaToFields(schema);
    expect(back.ok).toBe(true);
    if (back.ok) expect(fieldsToJsonSchema(back.fields)).toEqual(schema);
  });

  it("says why the builder cannot show a schema", () => {
    expect(jsonSchemaToFields({ type: "object", properties: { x: { anyOf: [{ type: "string" }] } } })).toEqual({
      ok: false,
      reason: "the type of 'x' is not one the builder offers",
    });
    expect(jsonSchemaToFields({ type: "object", properties: { x: { type: "string", enum: ["a"] } } })).toEqual({
      ok: false,
      reason: "'enum' at x is not shown in the builder",
    });
    expect(jsonSchemaToFields({ type: "array" })).toEqual({ ok: false, reason: "the top level is not an object" });
  });

  it("refuses schemas the API refuses: more than 3 levels of objects, no fields", () => {
    const deep = {
      type: "object",
      properties: {
        a: {
          type: "object",
          properties: { b: { type: "object", properties: { c: { type: "object", properties: { d: { type: "string" } } } } } },
        },
      },
    };
    expect(outputSchemaProblem(deep)).toBe("The schema nests 4 levels of objects; the API accepts at most 3.");
    expect(outputSchemaProblem({ type: "object", properties: {} })).toBe("Add at least one output field.");
    expect(outputSchemaProblem({ type: "string" })).toBe('The top level must be {"type": "object", …}.');
  });

  it("refuses a schema nested thousands of levels deep with the depth limit instead of overflowing the stack", () => {
    const objects = 10_000;
    const schema: unknown = JSON.parse(`${'{"type":"object","properties":{"a":'.repeat(objects)}{"type":"string"}${"}}".repeat(objects)}`);
    expect(outputSchemaProblem(schema)).toBe("The schema is nested 20001 levels deep; at most 62 fit in a task spec, which may nest 64.");
    expect(jsonSchemaToFields(schema)).toEqual({ ok: false, reason: "the schema is nested 20001 levels deep; the limit is 64" });
    const fits = `{"type":"object","properties":{"x":${deepJsonText(60)}}}`;
    expect(outputSchemaProblem(JSON.parse(fits))).toBeNull();
    expect(outputSchemaProblem(JSON.parse(fits.replace('"x":', '"x":{"a":').concat("}")))).toBe(
      "The schema is nested 63 levels deep; at most 62 fit in a task spec, which may nest 64.",
    );
  });

  it("names blank and repeated field names, and objects without fields", () => {
    expect(fieldsProblem([newField({ name: "a" }), newField({ name: "a" })])).toBe("Two fields are named 'a'.");
    expect(fieldsProblem([newField({ name: "" })])).toBe("A field has no name.");
    expect(fieldsProblem([newField({ name: "hq", type: "object" })])).toBe("'hq' needs at least one field.");
  });

  it("edits the tree by id", () => {
    const child = newField({ name: "city" });
    const parent = newField({ name: "hq", type: "object", children: [child] });
    let fields = [parent];
    fields = updateField(fields, child.id, { name: "town" });
    expect(fields[0].children[0].name).toBe("town");
    fields = addField(fields, parent.id);
    expect(fields[0].children).toHaveLength(2);
    fields = removeField(fields, child.id);
    expect(fields[0].children.map((f) => f.name)).toEqual([""]);
  });
});
