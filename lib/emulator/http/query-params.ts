import type { ValidationErrorItem } from "../../parallel/types";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ValidationErrorItem };

export function boolParam(url: URL, name: string, fallback: boolean): Parsed<boolean> {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return { ok: true, value: fallback };
  const v = raw.toLowerCase();
  if (["true", "1", "yes", "on"].includes(v)) return { ok: true, value: true };
  if (["false", "0", "no", "off"].includes(v)) return { ok: true, value: false };
  return {
    ok: false,
    error: { loc: ["query", name], msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing" },
  };
}

export function numberParam(url: URL, name: string): Parsed<number | null> {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return { ok: true, value: null };
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) {
    return { ok: false, error: { loc: ["query", name], msg: "Input should be a valid non-negative number", type: "float_parsing" } };
  }
  return { ok: true, value: n };
}
