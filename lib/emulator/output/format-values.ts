// Values for the JSON Schema string formats ajv-formats checks.
import type { FieldHint, Gen, GenContext } from "./gen-context";
import { FIRST_NAMES, LAST_NAMES } from "./word-lists";

const HEX = "0123456789abcdef";

function hex(ctx: GenContext, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += HEX[Math.floor(ctx.rng.next() * 16)];
  return out;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function date(ctx: GenContext): string {
  return `${ctx.rng.int(2012, 2025)}-${pad2(ctx.rng.int(1, 12))}-${pad2(ctx.rng.int(1, 28))}`;
}

function time(ctx: GenContext): string {
  return `${pad2(ctx.rng.int(0, 23))}:${pad2(ctx.rng.int(0, 59))}:${pad2(ctx.rng.int(0, 59))}Z`;
}

function pathOf(hint: FieldHint): string {
  return (
    hint.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "page"
  );
}

const FORMATS: Record<string, (hint: FieldHint) => Gen<string>> = {
  date: () => date,
  "date-time": () => (ctx) => `${date(ctx)}T${time(ctx)}`,
  time: () => time,
  email: () => (ctx) =>
    `${ctx.rng.pick(FIRST_NAMES).toLowerCase()}.${ctx.rng.pick(LAST_NAMES).toLowerCase()}@${ctx.facts.slug}.example.com`,
  "idn-email": () => (ctx) => `${ctx.rng.pick(FIRST_NAMES).toLowerCase()}@${ctx.facts.slug}.example.com`,
  uri: (hint) => (ctx) => `https://www.${ctx.facts.slug}.example.com/${pathOf(hint)}`,
  iri: (hint) => (ctx) => `https://www.${ctx.facts.slug}.example.com/${pathOf(hint)}`,
  "uri-reference": (hint) => () => `/${pathOf(hint)}`,
  "iri-reference": (hint) => () => `/${pathOf(hint)}`,
  url: (hint) => (ctx) => `https://www.${ctx.facts.slug}.example.com/${pathOf(hint)}`,
  uuid: () => (ctx) => `${hex(ctx, 8)}-${hex(ctx, 4)}-4${hex(ctx, 3)}-${"89ab"[ctx.rng.int(0, 3)]}${hex(ctx, 3)}-${hex(ctx, 12)}`,
  hostname: () => (ctx) => `www.${ctx.facts.slug}.example.com`,
  "idn-hostname": () => (ctx) => `www.${ctx.facts.slug}.example.com`,
  ipv4: () => (ctx) => `${ctx.rng.int(11, 223)}.${ctx.rng.int(0, 255)}.${ctx.rng.int(0, 255)}.${ctx.rng.int(1, 254)}`,
  ipv6: () => (ctx) => `2001:db8:${hex(ctx, 4)}::${hex(ctx, 4)}`,
  duration: () => (ctx) => `P${ctx.rng.int(1, 30)}D`,
  "json-pointer": (hint) => () => `/${pathOf(hint)}`,
  "relative-json-pointer": () => () => "0",
  regex: () => () => "^[a-z]+$",
  byte: () => () => "aGVsbG8=",
};

/** Generator for a known string format, or undefined when the format is not one we can produce. */
export function planFormat(format: string, hint: FieldHint): Gen<string> | undefined {
  return FORMATS[format]?.(hint);
}
