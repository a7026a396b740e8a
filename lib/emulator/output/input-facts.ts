// What generated text can say about a run's input: a short subject and a few values to mention.

export interface InputFacts {
  /** Short name of what the run is about, e.g. "Acme" or the first words of a question. */
  subject: string;
  /** Lowercase URL-safe form of the subject. */
  slug: string;
  /** Up to four "key: value" strings from an object input (empty for string inputs). */
  mentions: string[];
}

const SUBJECT_KEYS = /^(name|company|company_name|organization|org|entity|title|topic|query|subject|product|person|brand)$/i;
const MAX_SUBJECT_CHARS = 60;
const MAX_MENTIONS = 4;

export function describeInput(input: string | Record<string, unknown>): InputFacts {
  if (typeof input === "string") return fromSubject(input, []);
  let preferred: string | undefined;
  let firstString: string | undefined;
  const mentions: string[] = [];
  for (const key in input) {
    const value = input[key];
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") continue;
    const text = String(value).trim();
    if (!text) continue;
    if (mentions.length < MAX_MENTIONS) mentions.push(`${key}: ${clip(text)}`);
    if (typeof value !== "string") continue;
    firstString ??= text;
    if (preferred === undefined && SUBJECT_KEYS.test(key)) preferred = text;
  }
  return fromSubject(preferred ?? firstString ?? "the requested entity", mentions);
}

/** Questions make awkward subjects ("What is X? reported growth"), so keep only their topic. */
const QUESTION_LEAD =
  /^(please\s+)?(what|who|which|where|when|how|why)\s+(is|are|was|were|does|do|did|much|many)\s+(the\s+|a\s+|an\s+)?|^(please\s+)?(find|tell me about|research|describe|summari[sz]e|give me)\s+(the\s+|a\s+|an\s+)?/i;

function fromSubject(raw: string, mentions: string[]): InputFacts {
  const text = raw.replace(/\s+/g, " ").trim();
  const topic = text.replace(QUESTION_LEAD, "").replace(/[?.!\s]+$/, "");
  const subject = clip(topic && topic !== text ? topic[0].toUpperCase() + topic.slice(1) : topic) || "the requested entity";
  const slug =
    subject
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "topic";
  return { subject, slug, mentions };
}

function clip(text: string): string {
  if (text.length <= MAX_SUBJECT_CHARS) return text;
  const cut = text.slice(0, MAX_SUBJECT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
