/**
 * The deepest JSON the console and the emulator accept, in levels of arrays and objects. Real inputs
 * nest a few levels; a few thousand overflow the stack of JSON.stringify, structured cloning and any
 * recursive walk, so values are measured against this (without recursion) before anything walks them.
 */
export const MAX_JSON_NESTING_LEVELS = 64;

export type JsonLocation = Array<string | number>;

export interface TooDeepValue {
  loc: JsonLocation;
  levels: number;
}

/** Levels of arrays and objects in a parsed JSON value: 0 for a scalar, 1 for `[1]` or `{}`, 2 for `{"a": []}`. */
export function jsonNestingLevels(value: unknown): number {
  let deepest = 0;
  const pending: Array<{ value: object; levels: number }> = [];
  if (isContainer(value)) pending.push({ value, levels: 1 });
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.levels > deepest) deepest = next.levels;
    for (const child of Array.isArray(next.value) ? next.value : Object.values(next.value)) {
      if (isContainer(child)) pending.push({ value: child, levels: next.levels + 1 });
    }
  }
  return deepest;
}

/** Each field of an object (or the value itself when it is not an object) that nests deeper than the limit. */
export function tooDeepFields(value: unknown, loc: JsonLocation): TooDeepValue[] {
  const entries: Array<[JsonLocation, unknown]> = isPlainObject(value)
    ? Object.entries(value).map(([key, field]) => [[...loc, key], field])
    : [[loc, value]];
  const found: TooDeepValue[] = [];
  for (const [fieldLoc, field] of entries) {
    const levels = jsonNestingLevels(field);
    if (levels > MAX_JSON_NESTING_LEVELS) found.push({ loc: fieldLoc, levels });
  }
  return found;
}

/** "nested 5000 levels deep; the limit is 64" */
export function tooDeepMessage(levels: number): string {
  return `nested ${levels} levels deep; the limit is ${MAX_JSON_NESTING_LEVELS}`;
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isContainer(value) && !Array.isArray(value);
}
