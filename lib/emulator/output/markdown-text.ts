// Markdown body of a text-output run: heading, paragraphs, bullets, a link and sometimes a table.
import type { GenContext } from "./gen-context";
import { HOSTILE_PAYLOADS } from "./hostile-payloads";
import { FINDINGS, HEDGES, INDUSTRIES, SOURCE_DOMAINS } from "./word-lists";

const ASPECTS = ["Market position", "Leadership", "Recent news", "Financial health", "Competition", "Outlook"];
const ASSESSMENTS = ["Strong", "Stable", "Improving", "Mixed", "Uncertain", "Under review"];
const CLOSINGS = [
  "Overall, the public record is consistent, though some figures could not be independently verified.",
  "Taken together, these sources give a reasonably clear picture, with a few gaps noted above.",
  "Further verification against primary filings is recommended before relying on exact figures.",
];

export function buildMarkdown(ctx: GenContext, description: string | undefined): string {
  const { rng, facts, hostile } = ctx;
  const { subject } = facts;
  const parts: string[] = [`## ${subject}: research summary`];

  let intro = `${rng.pick(HEDGES)} **${subject}** ${rng.pick(FINDINGS)}.`;
  if (description) intro += ` This report addresses the request: *${description.trim()}*`;
  if (hostile) intro += ` ${HOSTILE_PAYLOADS.script} ${HOSTILE_PAYLOADS.img}`;
  parts.push(intro);

  const bullets: string[] = [];
  const aspects = [...ASPECTS];
  for (let i = rng.int(3, 4); i > 0; i--) {
    const aspect = aspects.splice(rng.int(0, aspects.length - 1), 1)[0];
    bullets.push(`- **${aspect}:** ${subject} ${rng.pick(FINDINGS)}.`);
  }
  if (facts.mentions.length > 0) bullets.push(`- **Input considered:** ${facts.mentions.join("; ")}`);
  if (hostile) bullets.push(`- **Related:** ${HOSTILE_PAYLOADS.markdownLink}`);
  parts.push(`### Key findings\n\n${bullets.join("\n")}`);

  if (rng.chance(0.5)) {
    const rows = ["| Aspect | Assessment |", "| --- | --- |"];
    for (let i = rng.int(2, 3); i > 0; i--) rows.push(`| ${rng.pick(ASPECTS)} | ${rng.pick(ASSESSMENTS)} |`);
    rows.push(`| Industry | ${rng.pick(INDUSTRIES)} |`);
    parts.push(rows.join("\n"));
  }

  const domain = rng.pick(SOURCE_DOMAINS);
  let closing = `${rng.pick(CLOSINGS)} For background, see [${subject} on ${domain}](https://${domain}/profiles/${facts.slug}).`;
  if (hostile) closing += ` ${HOSTILE_PAYLOADS.iframe}`;
  parts.push(closing);
  return parts.join("\n\n");
}
