import { jsonNestingLevels, MAX_JSON_NESTING_LEVELS } from "../json/nesting-levels";
import { type Coerced, coerceCell } from "./coerce-cell";
import type { ColumnType } from "./types";

/**
 * coerceCell for a cell that becomes an input (`levelsAround` 0) or one field of an object input
 * (1). A value nested deeper than the API accepts is refused before anything stringifies, clones
 * or validates it: all of those recurse, and thousands of levels overflow the worker's stack.
 */
export function coerceInputCell(value: unknown, type: ColumnType, levelsAround: number): Coerced {
  const tooDeep = (v: unknown): Coerced | null => {
    const levels = jsonNestingLevels(v) + levelsAround;
    if (levels <= MAX_JSON_NESTING_LEVELS) return null;
    const what = levelsAround > 0 ? `The input would nest ${levels} levels deep` : `The value is nested ${levels} levels deep`;
    return { ok: false, message: `${what}; the limit is ${MAX_JSON_NESTING_LEVELS}` };
  };
  const raw = tooDeep(value);
  if (raw) return raw;
  const coerced = coerceCell(value, type);
  return (coerced.ok && tooDeep(coerced.value)) || coerced;
}
