// Compiles a JSON Schema into a tree of generator closures, once per schema.
import type { FieldHint, Gen, PlanScope } from "./gen-context";
import { planArray, planObject } from "./plan-containers";
import { planNumber } from "./plan-number";
import { planString } from "./plan-string";
import { asSchema, mergeSchemas, normalizeSchema, schemaTypes, type Schema } from "./schema-normalize";

const NULL_CHANCE = 0.1;

/** The scope of one compiled root schema. */
export function rootPlanScope(root: Schema): PlanScope {
  const scope: PlanScope = { root, planChild: (input, hint) => planSchema(input, scope, hint) };
  return scope;
}

export function planSchema(input: unknown, scope: PlanScope, hint: FieldHint): Gen {
  const raw = asSchema(input);
  if (typeof raw.$ref === "string") return planLazyRef(raw, scope, hint);
  const schema = normalizeSchema(raw, scope.root);
  const withHint = typeof schema.description === "string" && !hint.description ? { ...hint, description: schema.description } : hint;
  if ("const" in schema) return () => schema.const;
  if (Array.isArray(schema.enum)) return planEnum(schema.enum, schemaTypes(schema.type));
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches)) return planBranches(schema, branches, scope, withHint);
  const types = schemaTypes(schema.type) ?? [inferType(schema)];
  const gens = types.map((type) => planType(type, schema, scope, withHint));
  return preferNonNull(
    gens,
    types.map((type) => type === "null"),
  );
}

/** Refs compile on first use: a recursive schema would otherwise compile forever. */
function planLazyRef(schema: Schema, scope: PlanScope, hint: FieldHint): Gen {
  let compiled: Gen | undefined;
  return (ctx) => {
    compiled ??= planSchema(normalizeSchema(schema, scope.root), scope, hint);
    return compiled(ctx);
  };
}

function planType(type: string, schema: Schema, scope: PlanScope, hint: FieldHint): Gen {
  switch (type) {
    case "object":
      return planObject(schema, scope, hint);
    case "array":
      return planArray(schema, scope, hint);
    case "integer":
      return planNumber(schema, hint, true);
    case "number":
      return planNumber(schema, hint, false);
    case "boolean":
      return (ctx) => ctx.rng.chance(0.6);
    case "null":
      return () => null;
    default:
      return planString(schema, hint);
  }
}

function inferType(schema: Schema): string {
  if (schema.properties || schema.additionalProperties !== undefined || schema.required) return "object";
  if (schema.items || schema.prefixItems || schema.minItems !== undefined) return "array";
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined) return "number";
  return "string";
}

function planEnum(values: unknown[], types: string[] | undefined): Gen {
  const allowed = types ? values.filter((v) => types.some((t) => matchesType(v, t))) : values;
  const choices = allowed.length > 0 ? allowed : values;
  const nonNull = choices.filter((v) => v !== null);
  return preferNonNull(
    [(ctx) => ctx.rng.pick(nonNull.length > 0 ? nonNull : choices), () => null],
    [false, true],
    nonNull.length > 0 && nonNull.length < choices.length,
  );
}

function matchesType(value: unknown, type: string): boolean {
  if (type === "null") return value === null;
  if (type === "integer") return Number.isInteger(value);
  if (type === "array") return Array.isArray(value);
  if (type === "object") return value !== null && typeof value === "object" && !Array.isArray(value);
  return typeof value === type;
}

/** Sibling keywords apply to every branch, so fold them in before choosing one. */
function planBranches(schema: Schema, branches: unknown[], scope: PlanScope, hint: FieldHint): Gen {
  const key = schema.anyOf ? "anyOf" : "oneOf";
  const siblings: Schema = { ...schema };
  delete siblings[key];
  const merged = branches.map((branch) => mergeSchemas(siblings, normalizeSchema(branch, scope.root)));
  const usable = merged.filter((branch) => !(Array.isArray(branch.type) && branch.type.length === 0));
  const list = usable.length > 0 ? usable : merged;
  const isNull = list.map((branch) => schemaTypes(branch.type)?.every((t) => t === "null") === true || branch.const === null);
  return preferNonNull(
    list.map((branch) => planSchema(branch, scope, hint)),
    isNull,
  );
}

/** Picks among alternatives, choosing a null alternative only occasionally. */
function preferNonNull(gens: Gen[], isNull: boolean[], hasNull = isNull.some(Boolean)): Gen {
  const real = gens.filter((_, i) => !isNull[i]);
  const nulls = gens.filter((_, i) => isNull[i]);
  if (real.length === 0) return nulls[0] ?? (() => null);
  if (real.length === 1 && !hasNull) return real[0];
  return (ctx) => {
    if (hasNull && nulls.length > 0 && ctx.rng.chance(NULL_CHANCE)) return nulls[0](ctx);
    return ctx.rng.pick(real)(ctx);
  };
}
