// Content for runs with an auto (or missing) output schema: a small, fixed set of fields.
import type { GenContext } from "./gen-context";
import { pickHostile } from "./hostile-payloads";
import { sentence } from "./text-kinds";
import { FINDINGS, HEDGES } from "./word-lists";

const NOTES = [
  "Most facts were confirmed by at least two independent sources.",
  "Figures come from the most recent public reporting and may have changed since.",
  "Some details rely on a single source and are marked with lower confidence.",
];

export function buildAutoContent(ctx: GenContext): Record<string, unknown> {
  const { rng, facts, hostile } = ctx;
  const spice = (text: string) => (hostile ? `${text} ${pickHostile(rng)}` : text);
  const keyFacts: string[] = [];
  for (let i = rng.int(2, 4); i > 0; i--) keyFacts.push(spice(`${facts.subject} ${rng.pick(FINDINGS)}.`));
  return {
    summary: spice(sentence(ctx, { name: "summary", description: "" })),
    key_facts: keyFacts,
    confidence_note: `${rng.pick(HEDGES)} ${rng.pick(NOTES).toLowerCase()}`,
  };
}

/** The schema an auto run "chose": the contract returns it with auto outputs (TaskRunJsonOutput.output_schema). */
export const AUTO_OUTPUT_SCHEMA: Record<string, unknown> = {
  type: "object",
  properties: {
    summary: { type: "string", description: "A short answer to the task" },
    key_facts: { type: "array", items: { type: "string" }, description: "Facts found about the subject" },
    confidence_note: { type: "string", description: "How far the answer can be trusted" },
  },
  required: ["summary", "key_facts", "confidence_note"],
  additionalProperties: false,
};
