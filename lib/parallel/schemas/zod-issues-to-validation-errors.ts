import type { z } from "zod";
import type { ValidationErrorItem } from "../types";

// Renders zod issues in the service's 422 shape ({loc, msg, type}, FastAPI style). `raw` is the value
// that was parsed, so that a missing field reads "Field required" whatever the field's type.
export function zodIssuesToValidationErrors(
  issues: z.core.$ZodIssue[],
  prefix: Array<string | number>,
  raw?: unknown,
): ValidationErrorItem[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const loc = [...prefix, ...path];
    const missing =
      (issue.code === "invalid_type" || issue.code === "invalid_union") && raw !== undefined && valueAt(raw, path) === undefined;
    if (missing) return { loc, msg: "Field required", type: "missing" };
    if (issue.code === "invalid_union" && path[path.length - 1] === "input") {
      return { loc, msg: "Input should be a string or a JSON object", type: "union_type" };
    }
    return { loc, msg: issue.message, type: issue.code };
  });
}

function valueAt(value: unknown, path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
