// What "the same answer" means when two processors phrase it differently: case, spacing, number
// formats and URLs (compared by host) do not count as a disagreement.

/** Digits with optional thousands separators and decimals: "1,200", "1200.50", "-3". */
const NUMBER_TEXT = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A comparable form of an output value, or null when the answer is empty (null, "", only spaces,
 * an empty list or object). Two values agree when their normalised forms are equal.
 */
export function normaliseValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string") return normaliseText(value);
  if (Array.isArray(value)) {
    const items = value.map(normaliseValue);
    return items.length === 0 ? null : JSON.stringify(items);
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => [key, normaliseValue(child)] as const)
      .filter(([, child]) => child !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length === 0 ? null : JSON.stringify(entries);
  }
  return String(value);
}

function normaliseText(text: string): string | null {
  const spaced = text.replace(/\s+/g, " ").trim();
  if (spaced === "") return null;
  if (NUMBER_TEXT.test(spaced)) return String(Number(spaced.replace(/,/g, "")));
  const host = urlHost(spaced);
  if (host !== null) return host;
  return spaced.toLowerCase();
}

/** The host of an http(s) URL without `www.`, or null when the text is not one URL. */
function urlHost(text: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(text)) return null;
  try {
    return new URL(text).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** Whether every value is the same answer after normalising (all empty counts as agreeing). */
export function valuesAgree(values: readonly unknown[]): boolean {
  const [first, ...rest] = values.map(normaliseValue);
  return rest.every((value) => value === first);
}
