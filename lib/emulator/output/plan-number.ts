// Compiles an integer/number schema into a generator that respects bounds and multipleOf,
// choosing a plausible range from the field name when the schema leaves room.
import type { FieldHint, Gen } from "./gen-context";
import type { Schema } from "./schema-normalize";

interface Range {
  lo: number;
  hi: number;
  decimals: number;
}

const NAME_RANGES: ReadonlyArray<[RegExp, Range]> = [
  [/(year|founded)/, { lo: 1990, hi: 2024, decimals: 0 }],
  [/(percent|pct|percentage|share|growth|margin)/, { lo: 1, hi: 95, decimals: 1 }],
  [/(rating|score|stars)/, { lo: 1, hi: 5, decimals: 1 }],
  [/(probability|ratio|likelihood|confidence)/, { lo: 0.05, hi: 0.95, decimals: 2 }],
  [/(revenue|valuation|funding|amount|cost|price|income|usd|salary|market_cap|capital)/, { lo: 50_000, hi: 900_000_000, decimals: 0 }],
  [/(employee|headcount|staff|count|num|number|total|size|users|customers)/, { lo: 5, hi: 25_000, decimals: 0 }],
  [/age/, { lo: 25, hi: 75, decimals: 0 }],
];
const DEFAULT_RANGE: Range = { lo: 1, hi: 1000, decimals: 2 };
const OPEN_BOUND_SPAN = 1000;
const MULTIPLE_ATTEMPTS = 8;

export function planNumber(schema: Schema, hint: FieldHint, integer: boolean): Gen<number> {
  const bounds = schemaBounds(schema);
  const name = hint.name.toLowerCase();
  const preferred = NAME_RANGES.find(([pattern]) => pattern.test(name))?.[1] ?? DEFAULT_RANGE;
  let lo = Math.max(preferred.lo, bounds.lo);
  let hi = Math.min(preferred.hi, bounds.hi);
  if (lo > hi) {
    lo = Number.isFinite(bounds.lo) ? bounds.lo : bounds.hi - OPEN_BOUND_SPAN;
    hi = Number.isFinite(bounds.hi) ? bounds.hi : bounds.lo + OPEN_BOUND_SPAN;
  }
  const decimals = integer ? 0 : preferred.decimals;
  const valid = (v: number) =>
    v >= bounds.lo &&
    v <= bounds.hi &&
    (!bounds.exclusiveLo || v > bounds.lo) &&
    (!bounds.exclusiveHi || v < bounds.hi) &&
    (!integer || Number.isInteger(v));
  const multipleOf = typeof schema.multipleOf === "number" && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (multipleOf !== undefined) return planMultiple(multipleOf, lo, hi, valid);
  const fallback = integer ? integerInside(bounds) : (bounds.lo + bounds.hi) / 2;
  const intLo = Math.ceil(lo);
  const intHi = Math.floor(hi);
  return (ctx) => {
    const raw = integer && intLo <= intHi ? ctx.rng.int(intLo, intHi) : ctx.rng.float(lo, hi);
    const v = integer ? Math.round(raw) : round(raw, decimals);
    if (valid(v)) return v;
    const unrounded = integer ? Math.floor(raw) + 1 : raw;
    return valid(unrounded) ? unrounded : fallback;
  };
}

interface Bounds {
  lo: number;
  hi: number;
  exclusiveLo: boolean;
  exclusiveHi: boolean;
}

/** Reads both draft-04 boolean and draft-06+ numeric exclusive bounds. */
function schemaBounds(schema: Schema): Bounds {
  const b: Bounds = { lo: -Infinity, hi: Infinity, exclusiveLo: false, exclusiveHi: false };
  if (typeof schema.minimum === "number") b.lo = schema.minimum;
  if (typeof schema.maximum === "number") b.hi = schema.maximum;
  if (schema.exclusiveMinimum === true) b.exclusiveLo = true;
  if (schema.exclusiveMaximum === true) b.exclusiveHi = true;
  if (typeof schema.exclusiveMinimum === "number" && schema.exclusiveMinimum >= b.lo) {
    b.lo = schema.exclusiveMinimum;
    b.exclusiveLo = true;
  }
  if (typeof schema.exclusiveMaximum === "number" && schema.exclusiveMaximum <= b.hi) {
    b.hi = schema.exclusiveMaximum;
    b.exclusiveHi = true;
  }
  return b;
}

function integerInside(b: Bounds): number {
  const lo = b.exclusiveLo ? Math.floor(b.lo) + 1 : Math.ceil(b.lo);
  const hi = b.exclusiveHi ? Math.ceil(b.hi) - 1 : Math.floor(b.hi);
  if (Number.isFinite(lo)) return lo;
  return Number.isFinite(hi) ? Math.min(hi, 0) : 0;
}

/** ajv accepts a multiple only when value / multipleOf is an exact integer, so test that directly. */
function planMultiple(step: number, lo: number, hi: number, valid: (v: number) => boolean): Gen<number> {
  const kLo = Math.ceil(lo / step);
  const kHi = Math.max(kLo, Math.floor(hi / step));
  const stepDecimals = decimalsOf(step);
  const isMultiple = (v: number) => Number.isInteger(v / step);
  const make = (k: number) => {
    const v = k * step;
    return Number.isInteger(step) ? v : Number(v.toFixed(stepDecimals));
  };
  return (ctx) => {
    let k = ctx.rng.int(kLo, kHi);
    for (let attempt = 0; attempt < MULTIPLE_ATTEMPTS; attempt++) {
      const v = make(k);
      if (valid(v) && isMultiple(v)) return v;
      k = k + 1 > kHi ? kLo : k + 1;
    }
    return make(kLo);
  };
}

function decimalsOf(n: number): number {
  const text = String(n);
  const exp = text.match(/e-(\d+)$/);
  if (exp) return Number(exp[1]);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

function round(v: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(v * factor) / factor;
}
