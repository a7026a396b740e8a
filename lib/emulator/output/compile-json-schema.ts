// Memoized schema -> generator compilation: runs are generated at read time, far more often than schemas change.
import type { Gen } from "./gen-context";
import { planSchema, rootPlanScope } from "./plan-schema";
import { asSchema } from "./schema-normalize";

const byObject = new WeakMap<object, Gen>();
const byJson = new Map<string, Gen>();
/** Bounds memory when callers parse a fresh schema object per run; oldest entries go first. */
const MAX_CACHED_SCHEMAS = 1000;

export function compileJsonSchema(jsonSchema: Record<string, unknown>): Gen {
  const cached = byObject.get(jsonSchema);
  if (cached) return cached;
  const key = JSON.stringify(jsonSchema);
  let gen = byJson.get(key);
  if (!gen) {
    const root = asSchema(jsonSchema);
    gen = planSchema(root, rootPlanScope(root), { name: "", description: "" });
    if (byJson.size >= MAX_CACHED_SCHEMAS) byJson.delete(byJson.keys().next().value as string);
    byJson.set(key, gen);
  }
  byObject.set(jsonSchema, gen);
  return gen;
}
