import { cellText } from "../../lib/client/flatten-output";

/** An answer as editable text: strings as they are, anything else as JSON. */
export function valueToText(value: unknown): string {
  return typeof value === "string" ? value : cellText(value, { mode: "exact" });
}

/** The edited text back as a value of the original's kind: JSON when the original was not a string and the text parses. */
export function textToValue(text: string, original: unknown): unknown {
  if (typeof original === "string" || original === null || original === undefined) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
