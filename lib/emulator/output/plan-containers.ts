// Compiles object and array schemas; children are compiled by the scope's planChild (planSchema).
import type { FieldHint, Gen, GenContext, PlanScope } from "./gen-context";
import { asSchema, type Schema } from "./schema-normalize";

const OPTIONAL_CHANCE = 0.85;
const DEFAULT_MIN_ITEMS = 1;
const DEFAULT_MAX_ITEMS = 3;
/** Past this depth only what the schema requires is generated, which ends recursive $refs. */
const SHALLOW_DEPTH = 6;
/** A schema whose required properties recurse forever cannot be satisfied; stop instead of overflowing. */
const GIVE_UP_DEPTH = 40;
const UNIQUE_ATTEMPTS = 12;

interface PropertyPlan {
  key: string;
  gen: Gen;
  required: boolean;
}

export function planObject(schema: Schema, scope: PlanScope, hint: FieldHint): Gen<Record<string, unknown>> {
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const declared = (schema.properties ?? {}) as Record<string, unknown>;
  const additional = schema.additionalProperties;
  const extraSchema = additional === undefined || additional === true ? {} : asSchema(additional);
  const props: PropertyPlan[] = Object.keys(declared).map((key) => ({
    key,
    gen: scope.planChild(declared[key], childHint(key, hint)),
    required: required.has(key),
  }));
  for (const key of required) {
    if (!(key in declared)) props.push({ key, gen: scope.planChild(extraSchema, { name: key, description: "" }), required: true });
  }
  const requiredCount = props.filter((p) => p.required).length;
  const optionalBudget = (typeof schema.maxProperties === "number" ? schema.maxProperties : Infinity) - requiredCount;
  const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : 0;
  const extraGen = additional === false ? undefined : scope.planChild(extraSchema, hint);

  return (ctx) => {
    const out: Record<string, unknown> = {};
    if (ctx.depth >= GIVE_UP_DEPTH) return out;
    const shallow = ctx.depth >= SHALLOW_DEPTH;
    ctx.depth++;
    let optionalUsed = 0;
    const skipped: PropertyPlan[] = [];
    for (const p of props) {
      if (p.required) out[p.key] = p.gen(ctx);
      else if (!shallow && optionalUsed < optionalBudget && ctx.rng.chance(OPTIONAL_CHANCE)) {
        out[p.key] = p.gen(ctx);
        optionalUsed++;
      } else skipped.push(p);
    }
    let count = requiredCount + optionalUsed;
    for (const p of skipped) {
      if (count >= minProperties || optionalUsed >= optionalBudget) break;
      out[p.key] = p.gen(ctx);
      optionalUsed++;
      count++;
    }
    for (let i = 1; extraGen && count < minProperties; i++) {
      const key = `${hint.name || "extra"}_${i}`;
      if (key in out) continue;
      out[key] = extraGen(ctx);
      count++;
    }
    ctx.depth--;
    return out;
  };
}

/** "name" inside "competitors" is a company, not a person: generic keys borrow the parent's name. */
const GENERIC_KEYS = /^(name|title|label|value|id|type|kind)$/i;

function childHint(key: string, parent: FieldHint): FieldHint {
  return { name: parent.name && GENERIC_KEYS.test(key) ? `${parent.name}_${key}` : key, description: "" };
}

export function planArray(schema: Schema, scope: PlanScope, hint: FieldHint): Gen<unknown[]> {
  const tupleSchemas = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : [];
  const restSchema = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
  const tuple = (tupleSchemas as unknown[]).map((item) => scope.planChild(item, hint));
  const rest = restSchema === false ? undefined : scope.planChild(restSchema, hint);
  const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
  const maxItems = Math.min(typeof schema.maxItems === "number" ? schema.maxItems : Infinity, rest ? Infinity : tuple.length);
  const unique = schema.uniqueItems === true;

  return (ctx) => {
    if (ctx.depth >= GIVE_UP_DEPTH) return [];
    const wanted = ctx.depth >= SHALLOW_DEPTH ? minItems : ctx.rng.int(DEFAULT_MIN_ITEMS, DEFAULT_MAX_ITEMS);
    const count = Math.max(minItems, Math.min(wanted, maxItems));
    ctx.depth++;
    const out: unknown[] = [];
    const seen = unique ? new Set<string>() : undefined;
    for (let i = 0; i < count; i++) {
      const gen = i < tuple.length ? tuple[i] : rest;
      if (!gen) break;
      if (!seen) {
        out.push(gen(ctx));
        continue;
      }
      const item = uniqueItem(gen, ctx, seen);
      if (item === NO_UNIQUE_ITEM && out.length >= minItems) break;
      out.push(item === NO_UNIQUE_ITEM ? gen(ctx) : item);
    }
    ctx.depth--;
    return out;
  };
}

const NO_UNIQUE_ITEM = Symbol("no unique item");

/** Best effort: a few retries; when a small enum runs out the array stops short (or, below minItems, repeats). */
function uniqueItem(gen: Gen, ctx: GenContext, seen: Set<string>): unknown {
  for (let attempt = 0; attempt < UNIQUE_ATTEMPTS; attempt++) {
    const value = gen(ctx);
    const key = JSON.stringify(value);
    if (!seen.has(key)) {
      seen.add(key);
      return value;
    }
  }
  return NO_UNIQUE_ITEM;
}
