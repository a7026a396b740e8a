import { confidenceLevelOf, type ConfidenceLevel } from "./confidence-histogram";
import { normaliseValue } from "./normalise-value";
import type { OutputFields } from "./output-fields";

// What the figures need of one output, packed so that 100,000 of them compare without parsing: per
// top-level field (sorted names) a fixed-width digest of its normalised value and one character for
// its basis confidence. Two answers agree when their digests are equal. Like OutputFields, a basis
// may name a field the content lacks: that field is `absent` (empty, but it adds no field to a row).

export interface PackedFields {
  /** The field names, sorted, as a JSON array: the same text for every output of one schema. */
  names: string;
  /** VALUE_DIGEST_CHARS per field: a value digest, EMPTY_VALUE or ABSENT_VALUE. */
  values: string;
  /** One LEVEL_CHARS character per field. */
  levels: string;
}

export const VALUE_DIGEST_CHARS = 9;
export const EMPTY_VALUE = ".".repeat(VALUE_DIGEST_CHARS);
export const ABSENT_VALUE = "!".repeat(VALUE_DIGEST_CHARS);

const LEVEL_CHARS: Record<ConfidenceLevel | "none", string> = { high: "h", medium: "m", low: "l", none: "n" };
const LEVEL_OF_CHAR: Record<string, ConfidenceLevel | "none"> = { h: "high", m: "medium", l: "low", n: "none" };

export function levelOfChar(char: string): ConfidenceLevel | "none" {
  return LEVEL_OF_CHAR[char] ?? "none";
}

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * A 53-bit digest of a normalised value (cyrb53), as VALUE_DIGEST_CHARS base64url characters. Not
 * cryptographic: two different answers of one row share it with a chance of about 1 in 10^16.
 */
export function valueDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  let n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  let digest = "";
  for (let i = 0; i < VALUE_DIGEST_CHARS; i++) {
    digest += BASE64URL[n % 64];
    n = Math.floor(n / 64);
  }
  return digest;
}

export function packFields({ values, confidence }: OutputFields): PackedFields {
  const names = [...new Set([...Object.keys(values), ...Object.keys(confidence)])].sort();
  let packedValues = "";
  let levels = "";
  for (const name of names) {
    const normalised = Object.hasOwn(values, name) ? normaliseValue(values[name]) : undefined;
    packedValues += normalised === undefined ? ABSENT_VALUE : normalised === null ? EMPTY_VALUE : valueDigest(normalised);
    levels += LEVEL_CHARS[Object.hasOwn(confidence, name) ? confidenceLevelOf(confidence[name]) : "none"];
  }
  return { names: JSON.stringify(names), values: packedValues, levels };
}

const namesCache = new Map<string, string[]>();
const MAX_CACHED_NAME_LISTS = 1_000;

/** The field names of a packed output (parsed once per schema). */
export function fieldNamesOf(names: string): string[] {
  let list = namesCache.get(names);
  if (!list) {
    if (namesCache.size >= MAX_CACHED_NAME_LISTS) namesCache.clear();
    namesCache.set(names, (list = JSON.parse(names) as string[]));
  }
  return list;
}

/** The outputs of one row re-packed over the union of their field names (when their schemas differ). */
export function alignFields(row: readonly PackedFields[]): PackedFields[] {
  const union = [...new Set(row.flatMap((packed) => fieldNamesOf(packed.names)))].sort();
  const names = JSON.stringify(union);
  return row.map((packed) => {
    const own = fieldNamesOf(packed.names);
    let values = "";
    let levels = "";
    for (const name of union) {
      const index = own.indexOf(name);
      values += index < 0 ? ABSENT_VALUE : packed.values.slice(index * VALUE_DIGEST_CHARS, (index + 1) * VALUE_DIGEST_CHARS);
      levels += index < 0 ? LEVEL_CHARS.none : packed.levels[index];
    }
    return { names, values, levels };
  });
}
