import { jsonNestingLevels, MAX_JSON_NESTING_LEVELS, tooDeepMessage } from "../json/nesting-levels";
import { MAX_OUTPUT_SCHEMA_DEPTH } from "../parallel/schemas/limits";
import { outputSchemaDepth } from "../parallel/schemas/output-schema-depth";

// The field builder's model of an output JSON schema, and the conversions both ways so the builder
// and the JSON editor show the same schema.

export const FIELD_TYPES = ["string", "number", "integer", "boolean", "object", "array"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export type ItemType = Exclude<FieldType, "array">;

export interface SchemaField {
  id: string;
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  /** Properties of an object, or of each item of an array of objects. */
  children: SchemaField[];
  /** What an array holds. */
  itemType: ItemType;
}

let nextId = 0;
export function newField(partial: Partial<SchemaField> = {}): SchemaField {
  nextId += 1;
  return {
    id: `f${Date.now().toString(36)}${nextId}`,
    name: "",
    type: "string",
    description: "",
    required: true,
    children: [],
    itemType: "string",
    ...partial,
  };
}

/** The fields as the JSON schema sent in `output_schema.json_schema`. */
export function fieldsToJsonSchema(fields: SchemaField[]): Record<string, unknown> {
  return objectSchema(fields, "");
}

function objectSchema(fields: SchemaField[], description: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of fields) properties[field.name] = fieldSchema(field);
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

function fieldSchema(field: SchemaField): Record<string, unknown> {
  if (field.type === "object") return objectSchema(field.children, field.description);
  if (field.type === "array") {
    const items = field.itemType === "object" ? objectSchema(field.children, "") : { type: field.itemType };
    return { type: "array", ...(field.description ? { description: field.description } : {}), items };
  }
  return { type: field.type, ...(field.description ? { description: field.description } : {}) };
}

export type FieldsFromSchema = { ok: true; fields: SchemaField[] } | { ok: false; reason: string };

/** A JSON schema back to builder fields, when the builder can show all of it. */
export function jsonSchemaToFields(schema: unknown): FieldsFromSchema {
  const levels = jsonNestingLevels(schema);
  if (levels > MAX_JSON_NESTING_LEVELS) return { ok: false, reason: `the schema is ${tooDeepMessage(levels)}` };
  try {
    if (!isRecord(schema) || schema.type !== "object") return { ok: false, reason: "the top level is not an object" };
    return { ok: true, fields: propertiesToFields(schema, "") };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

const KNOWN_KEYS = new Set(["type", "description", "properties", "required", "additionalProperties", "items"]);

function propertiesToFields(schema: Record<string, unknown>, path: string): SchemaField[] {
  const extra = Object.keys(schema).find((k) => !KNOWN_KEYS.has(k));
  if (extra) throw new Error(`'${extra}'${path ? ` at ${path}` : ""} is not shown in the builder`);
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : []);
  return Object.entries(properties).map(([name, property]) =>
    propertyToField(name, property, required.has(name), path ? `${path}.${name}` : name),
  );
}

function propertyToField(name: string, property: unknown, required: boolean, path: string): SchemaField {
  if (!isRecord(property) || typeof property.type !== "string" || !(FIELD_TYPES as readonly string[]).includes(property.type)) {
    throw new Error(`the type of '${path}' is not one the builder offers`);
  }
  const description = typeof property.description === "string" ? property.description : "";
  const type = property.type as FieldType;
  if (type === "object") return newField({ name, type, description, required, children: propertiesToFields(property, path) });
  if (type === "array") {
    const items = property.items;
    if (
      !isRecord(items) ||
      typeof items.type !== "string" ||
      items.type === "array" ||
      !(FIELD_TYPES as readonly string[]).includes(items.type)
    ) {
      throw new Error(`the items of '${path}' are not a type the builder offers`);
    }
    const extra = Object.keys(property).find((k) => !KNOWN_KEYS.has(k));
    if (extra) throw new Error(`'${extra}' at ${path} is not shown in the builder`);
    const itemType = items.type as ItemType;
    return newField({
      name,
      type,
      description,
      required,
      itemType,
      children: itemType === "object" ? propertiesToFields(items, `${path}[]`) : [],
    });
  }
  const extra = Object.keys(property).find((k) => k !== "type" && k !== "description");
  if (extra) throw new Error(`'${extra}' at ${path} is not shown in the builder`);
  return newField({ name, type, description, required });
}

// The schema is sent as task_spec.output_schema.json_schema, two levels below the task spec.
const TASK_SPEC_LEVELS_ABOVE_SCHEMA = 2;

/** What keeps a JSON schema from being sent: the API wants an object with fields, at most 3 levels of objects. */
export function outputSchemaProblem(schema: unknown): string | null {
  if (!isRecord(schema)) return "The schema must be a JSON object.";
  if (schema.type !== "object") return 'The top level must be {"type": "object", …}.';
  if (!isRecord(schema.properties) || Object.keys(schema.properties).length === 0) return "Add at least one output field.";
  // Measured without recursion first: the checks below recurse, and thousands of levels overflow the stack.
  const levels = jsonNestingLevels(schema);
  const fitting = MAX_JSON_NESTING_LEVELS - TASK_SPEC_LEVELS_ABOVE_SCHEMA;
  if (levels > fitting) {
    return `The schema is nested ${levels} levels deep; at most ${fitting} fit in a task spec, which may nest ${MAX_JSON_NESTING_LEVELS}.`;
  }
  const blank = findBlankName(schema);
  if (blank) return `A field ${blank} has no name.`;
  const depth = outputSchemaDepth(schema);
  if (depth > MAX_OUTPUT_SCHEMA_DEPTH) {
    return `The schema nests ${depth} levels of objects; the API accepts at most ${MAX_OUTPUT_SCHEMA_DEPTH}.`;
  }
  return null;
}

/** Builder-level checks: names present and unique among siblings. */
export function fieldsProblem(fields: SchemaField[], path = ""): string | null {
  const seen = new Set<string>();
  for (const field of fields) {
    const name = field.name.trim();
    if (!name) return `A field${path ? ` in '${path}'` : ""} has no name.`;
    if (seen.has(name)) return `Two fields${path ? ` in '${path}'` : ""} are named '${name}'.`;
    seen.add(name);
    if (field.type === "object" || (field.type === "array" && field.itemType === "object")) {
      if (field.children.length === 0) return `'${path ? `${path}.` : ""}${name}' needs at least one field.`;
      const inner = fieldsProblem(field.children, path ? `${path}.${name}` : name);
      if (inner) return inner;
    }
  }
  return null;
}

/** Levels of objects a field at `level` (top-level fields are level 1) may still open. */
export function canNestAt(level: number): boolean {
  return level < MAX_OUTPUT_SCHEMA_DEPTH;
}

function findBlankName(schema: Record<string, unknown>): string | null {
  if (!isRecord(schema.properties)) return null;
  for (const [name, property] of Object.entries(schema.properties)) {
    if (name.trim() === "") return "(at the top level)";
    if (isRecord(property)) {
      const inner = findBlankName(property) ?? (isRecord(property.items) ? findBlankName(property.items) : null);
      if (inner) return `in '${name}'`;
    }
  }
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
