import { tooDeepFields, tooDeepMessage, type TooDeepValue } from "../../json/nesting-levels";
import type { ValidationErrorItem } from "../types";

// Request bodies nested deeper than the limit, in the service's 422 shape. Checked before anything
// walks a body recursively (JSON.stringify, schema depth), which would overflow the stack.

/** Each top-level field of a body nested deeper than the limit (`extra: nested 5000 levels deep`). */
export function bodyNestingErrors(raw: unknown): ValidationErrorItem[] {
  return toValidationErrors(tooDeepFields(raw, ["body"]));
}

/** As bodyNestingErrors, but named down to each input's own fields (`inputs[3].input`). */
export function addRunsNestingErrors(raw: unknown): ValidationErrorItem[] {
  if (!isRecord(raw) || !Array.isArray(raw.inputs)) return bodyNestingErrors(raw);
  const { inputs, ...rest } = raw;
  const found = tooDeepFields(rest, ["body"]);
  inputs.forEach((item: unknown, index) => found.push(...tooDeepFields(item, ["body", "inputs", index])));
  return toValidationErrors(found);
}

function toValidationErrors(found: TooDeepValue[]): ValidationErrorItem[] {
  return found.map(({ loc, levels }) => ({ loc, msg: tooDeepMessage(levels), type: "value_error" }));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
