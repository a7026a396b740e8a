// Compiles a string schema (format, pattern, length bounds) into a generator.
import type { FieldHint, Gen, GenContext } from "./gen-context";
import { planFormat } from "./format-values";
import { pickHostile } from "./hostile-payloads";
import { compilePattern } from "./pattern-sampler";
import { createRng } from "./prng";
import type { Schema } from "./schema-normalize";
import { planFreeText } from "./text-kinds";

const PATTERN_PLAN_ATTEMPTS = 24;
const PATTERN_FALLBACKS = ["a", "A", "0", "abc", "ABC", "123", "a1", "A1", "example", ""];

export function planString(schema: Schema, hint: FieldHint): Gen<string> {
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const text = planFreeText(hint);
  if (typeof schema.pattern === "string") return planPatternString(schema.pattern, minLength, maxLength, text);
  if (typeof schema.format === "string") {
    const formatted = planFormat(schema.format, hint);
    if (formatted) return formatted;
    return (ctx) => fitLength(text(ctx), minLength, maxLength, ctx);
  }
  return (ctx) => {
    const base = text(ctx);
    if (!ctx.hostile) return fitLength(base, minLength, maxLength, ctx);
    const hostile = `${base} ${pickHostile(ctx.rng)}`;
    return maxLength === undefined || hostile.length <= maxLength
      ? fitLength(hostile, minLength, maxLength, ctx)
      : fitLength(base, minLength, maxLength, ctx);
  };
}

/** Pads or truncates to the bounds; JSON Schema counts code points, so pad by code points. */
export function fitLength(value: string, minLength: number, maxLength: number | undefined, ctx: GenContext): string {
  let out = value;
  if (minLength > 0 && codePointLength(out) < minLength) {
    const filler = ` Further detail on ${ctx.facts.subject}.`;
    while (codePointLength(out) < minLength) out += filler;
  }
  if (maxLength !== undefined && out.length > maxLength) {
    out = out.slice(0, maxLength);
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  }
  return out;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) n++;
  }
  return n;
}

/**
 * Best effort: sample the pattern and keep the sample if it really matches; otherwise use a
 * sample found when the schema was compiled, then a few generic strings, then free text (which
 * may not match: that is the one case where output can break the schema).
 */
function planPatternString(pattern: string, minLength: number, maxLength: number | undefined, fallback: Gen<string>): Gen<string> {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, "u");
  } catch {
    return fallback;
  }
  const ok = (s: string) => regex.test(s) && codePointLength(s) >= minLength && (maxLength === undefined || s.length <= maxLength);
  const sampler = compilePattern(pattern);
  let known: string | undefined;
  for (let i = 0; sampler && known === undefined && i < PATTERN_PLAN_ATTEMPTS; i++) {
    const candidate = sampler(createRng(`pattern:${pattern}:${i}`));
    if (ok(candidate)) known = candidate;
  }
  known ??= PATTERN_FALLBACKS.find(ok);
  return (ctx) => {
    if (sampler) {
      const candidate = sampler(ctx.rng);
      if (ok(candidate)) return candidate;
    }
    return known ?? fallback(ctx);
  };
}
