import type { ColumnType } from "./types";

export type Coerced = { ok: true; value: unknown } | { ok: false; message: string } | { ok: true; value: undefined; empty: true };

const TRUE_WORDS = new Set(["true", "yes", "y", "1"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0"]);

/** One cell as the column's type says. Empty cells are "no value" (the key is left out of the input). */
export function coerceCell(value: unknown, type: ColumnType): Coerced {
  if (value === undefined || value === null || value === "") return { ok: true, value: undefined, empty: true };
  switch (type) {
    case "string":
      return { ok: true, value: typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value) };
    case "integer":
    case "number": {
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : NaN;
      if (!Number.isFinite(number)) return { ok: false, message: `${quote(value)} is not a number` };
      if (type === "integer" && !Number.isInteger(number)) return { ok: false, message: `${quote(value)} is not a whole number` };
      return { ok: true, value: number };
    }
    case "boolean": {
      if (typeof value === "boolean") return { ok: true, value };
      const word = String(value).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, message: `${quote(value)} is not true or false` };
    }
    case "json": {
      if (typeof value !== "string") return { ok: true, value };
      try {
        return { ok: true, value: JSON.parse(value) };
      } catch {
        return { ok: false, message: `${quote(value)} is not valid JSON` };
      }
    }
  }
}

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}
