// Flattens $ref and allOf so the planner only sees plain schemas (plus anyOf/oneOf).

export type Schema = Record<string, unknown>;

const MAX_REF_HOPS = 32;

export function asSchema(value: unknown): Schema {
  if (value === true || value === undefined || value === null) return {};
  if (value === false) return { not: {} };
  return typeof value === "object" && !Array.isArray(value) ? (value as Schema) : {};
}

/** Resolves a local JSON pointer such as "#/$defs/Address"; unknown or remote refs resolve to {}. */
export function resolveRef(root: Schema, ref: string): Schema {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) return {};
  let node: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return {};
    node = (node as Record<string, unknown>)[key];
  }
  return asSchema(node);
}

/** Returns the schema with any top-level $ref and allOf merged in. Nested schemas are left alone. */
export function normalizeSchema(input: unknown, root: Schema): Schema {
  let schema = asSchema(input);
  for (let hops = 0; hops < MAX_REF_HOPS; hops++) {
    if (typeof schema.$ref === "string") {
      const { $ref, ...siblings } = schema;
      schema = mergeSchemas(resolveRef(root, $ref as string), siblings);
      continue;
    }
    if (Array.isArray(schema.allOf)) {
      const { allOf, ...rest } = schema;
      schema = (allOf as unknown[]).reduce<Schema>((acc, part) => mergeSchemas(acc, normalizeSchema(part, root)), rest);
      continue;
    }
    return schema;
  }
  return schema;
}

const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];

/** Intersection of two schemas for the keywords the generator understands (the simple allOf cases). */
export function mergeSchemas(a: Schema, b: Schema): Schema {
  const out: Schema = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    if (current === undefined) out[key] = value;
    else if (LOWER_BOUNDS.includes(key) && typeof value === "number" && typeof current === "number") out[key] = Math.max(current, value);
    else if (UPPER_BOUNDS.includes(key) && typeof value === "number" && typeof current === "number") out[key] = Math.min(current, value);
    else if (key === "type") out.type = intersectTypes(current, value);
    else if (key === "required") out.required = [...new Set([...(current as string[]), ...(value as string[])])];
    else if (key === "enum" && Array.isArray(current) && Array.isArray(value))
      out.enum = current.filter((v) => value.some((w) => sameJson(v, w)));
    else if (key === "properties") out.properties = mergeProperties(current as Schema, value as Schema);
    else if (key === "items" || key === "additionalProperties") out[key] = mergeSubschema(current, value);
    else if ((key === "anyOf" || key === "oneOf") && Array.isArray(current) && Array.isArray(value))
      out[key] = crossBranches(current, value);
  }
  if (a.additionalProperties === false || b.additionalProperties === false)
    out.properties = restrictToClosed(a, b, out.properties as Schema);
  return out;
}

/** (A1|A2) and (B1|B2) is (A1&B1)|(A1&B2)|...; exact for anyOf, best effort for oneOf. */
function crossBranches(left: unknown[], right: unknown[]): unknown[] {
  return left.flatMap((x) => right.map((y) => ({ allOf: [x, y] })));
}

function mergeSubschema(x: unknown, y: unknown): unknown {
  if (x === false || y === false) return false;
  if (x === true) return y;
  if (y === true) return x;
  return { allOf: [x, y] };
}

function mergeProperties(a: Schema, b: Schema): Schema {
  const out: Schema = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = key in out ? { allOf: [out[key], value] } : value;
  return out;
}

/** A closed part of an allOf forbids every key it does not declare, whatever the other parts add. */
function restrictToClosed(a: Schema, b: Schema, merged: Schema | undefined): Schema | undefined {
  if (!merged) return merged;
  const out: Schema = {};
  for (const key of Object.keys(merged)) {
    const allowedByA = a.additionalProperties !== false || key in ((a.properties as Schema) ?? {});
    const allowedByB = b.additionalProperties !== false || key in ((b.properties as Schema) ?? {});
    if (allowedByA && allowedByB) out[key] = merged[key];
  }
  return out;
}

export function schemaTypes(type: unknown): string[] | undefined {
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === "string");
  return undefined;
}

function intersectTypes(a: unknown, b: unknown): string[] {
  const left = schemaTypes(a) ?? [];
  const right = schemaTypes(b) ?? [];
  const out = new Set<string>();
  for (const t of left) {
    if (right.includes(t)) out.add(t);
    else if (t === "integer" && right.includes("number")) out.add("integer");
    else if (t === "number" && right.includes("integer")) out.add("integer");
  }
  return [...out];
}

export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
