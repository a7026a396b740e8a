// Plausible free text for a field, chosen once per schema from its name and description.
// Rule order matters: the first match wins, so long-form kinds ("ceo_bio") beat the entity they mention.
import type { FieldHint, Gen, GenContext } from "./gen-context";
import { CITIES, COUNTRIES, FINDINGS, FIRST_NAMES, HEDGES, INDUSTRIES, LAST_NAMES } from "./word-lists";

const KIND_RULES: ReadonlyArray<[RegExp, (hint: FieldHint) => Gen<string>]> = [
  [/email/, () => (ctx) => `${personName(ctx).toLowerCase().replace(" ", ".")}@${ctx.facts.slug}.example.com`],
  [/(url|website|homepage|link|site)/, (hint) => (ctx) => `https://www.${ctx.facts.slug}.example.com/${slugOf(hint.name)}`],
  [/phone/, () => (ctx) => `+1-555-01${ctx.rng.int(10, 99)}`],
  [
    /(summary|description|overview|analysis|notes?$|explanation|reason|rationale|details|background|history|bio|justification|comment|fact|finding|insight|highlight|risk|evidence|answer)/,
    (hint) => (ctx) => sentence(ctx, hint),
  ],
  [/(competitor|rival|partner|customer|investor|acquirer|vendor|supplier|parent)/, () => (ctx) => fakeCompany(ctx)],
  [/(company|organization|organisation|org_name|firm|employer|brand|entity)/, () => (ctx) => ctx.facts.subject],
  [/(product|service|offering|platform)/, () => (ctx) => `${ctx.facts.subject} ${ctx.rng.pick(PRODUCT_SUFFIXES)}`],
  [
    /(ceo|cfo|cto|coo|founder|author|person|contact|owner|director|manager|president|chair|executive|leader|name)/,
    () => (ctx) => `${personName(ctx)} (${ctx.facts.subject})`,
  ],
  [/(country|nation)/, () => (ctx) => ctx.rng.pick(COUNTRIES)],
  [/(city|location|headquarter|hq|address|region|office)/, () => (ctx) => ctx.rng.pick(CITIES)],
  [
    /(date|founded|since|updated|published|as_of)/,
    () => (ctx) => `${ctx.rng.int(2008, 2024)}-0${ctx.rng.int(1, 9)}-${ctx.rng.int(10, 28)}`,
  ],
  [/year/, () => (ctx) => String(ctx.rng.int(1995, 2024))],
  [/(industry|sector|market|category|segment|domain)/, () => (ctx) => ctx.rng.pick(INDUSTRIES)],
  [/(tag|keyword|label|topic)/, () => (ctx) => ctx.rng.pick(INDUSTRIES).split(" ")[0]],
  [
    /(title|headline|heading)/,
    (hint) => (ctx) => `${ctx.facts.subject}: ${ctx.rng.pick(TITLE_ANGLES)} ${humanize(hint.name).toLowerCase()}`,
  ],
];

const TITLE_ANGLES = ["a closer look at its", "what we know about its", "an update on its", "recent changes to its"];
const DESCRIPTORS = [
  "well documented in public sources",
  "consistent with recent reporting",
  "primarily enterprise-focused",
  "growing steadily year over year",
  "comparable to close peers",
  "under active review",
];
const PRODUCT_SUFFIXES = ["Cloud", "Platform", "Pro", "Suite", "Studio", "Connect"];
const COMPANY_PARTS = ["Northwind", "Globex", "Initech", "Umbrella", "Vandelay", "Soylent", "Hooli", "Stark"];
const COMPANY_SUFFIXES = ["Systems", "Labs", "Holdings", "Group", "Analytics", "Partners"];

/** Chooses a text generator for a string field with no format, enum or pattern. */
export function planFreeText(hint: FieldHint): Gen<string> {
  const haystack = hint.name.toLowerCase();
  for (const [pattern, make] of KIND_RULES) if (pattern.test(haystack)) return make(hint);
  const described = hint.description.toLowerCase();
  if (described) for (const [pattern, make] of KIND_RULES) if (pattern.test(described)) return make(hint);
  return (ctx) => `${ctx.facts.subject} ${humanize(hint.name).toLowerCase()}: ${ctx.rng.pick(DESCRIPTORS)}`;
}

export function sentence(ctx: GenContext, hint: FieldHint): string {
  const { rng, facts } = ctx;
  const first = `${rng.pick(HEDGES)} ${facts.subject} ${rng.pick(FINDINGS)}.`;
  if (hint.description)
    return `${first} Regarding ${trimPeriod(hint.description).toLowerCase()}, the evidence is ${rng.pick(DESCRIPTORS)}.`;
  if (facts.mentions.length > 0) return `${first} Given ${rng.pick(facts.mentions)}, the evidence is ${rng.pick(DESCRIPTORS)}.`;
  return first;
}

export function personName(ctx: GenContext): string {
  return `${ctx.rng.pick(FIRST_NAMES)} ${ctx.rng.pick(LAST_NAMES)}`;
}

function fakeCompany(ctx: GenContext): string {
  return `${ctx.rng.pick(COMPANY_PARTS)} ${ctx.rng.pick(COMPANY_SUFFIXES)}`;
}

const humanized = new Map<string, string>();
const HUMANIZE_CACHE_LIMIT = 10_000;

/** "ceo_name" -> "Ceo name". Cached: field names repeat on every run and this sits on the hot path. */
export function humanize(name: string): string {
  let out = humanized.get(name);
  if (out !== undefined) return out;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_\-.]+/g, " ")
    .trim();
  out = words ? words[0].toUpperCase() + words.slice(1) : "Value";
  if (humanized.size < HUMANIZE_CACHE_LIMIT) humanized.set(name, out);
  return out;
}

function slugOf(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "page"
  );
}

function trimPeriod(text: string): string {
  return text.trim().replace(/[.\s]+$/, "");
}
