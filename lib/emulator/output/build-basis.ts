// Fabricated reasoning and citations for each output field (the emulator's sources are fake).
import type { Citation, FieldBasis } from "../../parallel/types";
import type { GenContext } from "./gen-context";
import { ALL_HOSTILE_TEXT, HOSTILE_URL, pickHostile } from "./hostile-payloads";
import { humanize } from "./text-kinds";
import { CONFIDENCE_LEVELS, FINDINGS, SOURCE_DOMAINS, SOURCE_KINDS } from "./word-lists";

const METHODS = [
  "Cross-checked recent news coverage against the primary source",
  "Compared figures reported by several independent outlets",
  "Took the most recent statement from an official source",
  "Reconciled conflicting reports by preferring the newest primary document",
  "Combined details from a profile page and recent press coverage",
];
const AGREEMENT = [
  "The sources agree on the main points.",
  "Minor discrepancies between sources were resolved in favour of the primary document.",
  "Only one source gave an exact figure; the others are consistent with it.",
  "Coverage is thin, so this should be re-checked.",
];
const URL_SECTIONS = ["news", "wiki", "reports", "profiles", "articles", "filings"];
const HOSTILE_CHANCE = 0.5;

export function buildBasis(fields: readonly string[], ctx: GenContext): FieldBasis[] {
  return fields.map((field, index) => basisFor(field, index, ctx));
}

function basisFor(field: string, index: number, ctx: GenContext): FieldBasis {
  const { rng, facts, hostile } = ctx;
  const label = field === "output" ? "this answer" : `the ${lowerHumanized(field)}`;
  let reasoning = `${rng.pick(METHODS)} to determine ${label} for ${facts.subject}. ${rng.pick(AGREEMENT)}`;
  // Every payload lands in the first field so tests and the console always have all of them to face.
  if (hostile) reasoning += ` ${index === 0 ? ALL_HOSTILE_TEXT : pickHostile(rng)}`;
  const citations: Citation[] = [];
  const count = rng.int(1, 3);
  for (let i = 0; i < count; i++) citations.push(citation(field, i, ctx, hostile && index === 0 && i === 0));
  const r = rng.next();
  const confidence = r < 0.5 ? CONFIDENCE_LEVELS[2] : r < 0.85 ? CONFIDENCE_LEVELS[1] : CONFIDENCE_LEVELS[0];
  return { field, reasoning, citations, confidence };
}

function citation(field: string, position: number, ctx: GenContext, forceHostileUrl: boolean): Citation {
  const { rng, facts, hostile } = ctx;
  const domain = rng.pick(SOURCE_DOMAINS);
  const kind = rng.pick(SOURCE_KINDS);
  const hostileUrl = forceHostileUrl || (hostile && rng.chance(HOSTILE_CHANCE / 4));
  const url = hostileUrl
    ? HOSTILE_URL
    : `https://${domain}/${rng.pick(URL_SECTIONS)}/${facts.slug}-${slugOf(field)}${position > 0 ? `-${rng.int(2, 99)}` : ""}`;
  let title = `${facts.subject} ${kind} | ${domain}`;
  if (hostile && (forceHostileUrl || rng.chance(HOSTILE_CHANCE))) title += ` ${pickHostile(rng)}`;
  const excerpts = [`${facts.subject} ${rng.pick(FINDINGS)}.`];
  if (rng.chance(0.5)) excerpts.push(`The ${kind} discusses ${lowerHumanized(field)} in some detail.`);
  if (hostile && (forceHostileUrl || rng.chance(HOSTILE_CHANCE))) excerpts[0] += ` ${pickHostile(rng)}`;
  return { url, title, excerpts };
}

function lowerHumanized(field: string): string {
  return humanize(field).toLowerCase();
}

const slugCache = new Map<string, string>();
const SLUG_CACHE_LIMIT = 10_000;

function slugOf(field: string): string {
  let slug = slugCache.get(field);
  if (slug === undefined) {
    slug =
      field
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "") || "field";
    if (slugCache.size < SLUG_CACHE_LIMIT) slugCache.set(field, slug);
  }
  return slug;
}
