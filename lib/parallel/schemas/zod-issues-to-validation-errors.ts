import type { z } from "zod";
import type { ValidationErrorItem } from "../types";

// Renders zod issues in the service's 422 shape ({loc, msg, type}, FastAPI style).
export function zodIssuesToValidationErrors(issues: z.core.$ZodIssue[], prefix: Array<string | number>): ValidationErrorItem[] {
  return issues.map((issue) => {
    const loc = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    const missing = issue.code === "invalid_type" && issue.message.endsWith("received undefined");
    if (missing) return { loc, msg: "Field required", type: "missing" };
    if (issue.code === "invalid_union" && loc[loc.length - 1] === "input") {
      return { loc, msg: "Input should be a string or a JSON object", type: "union_type" };
    }
    return { loc, msg: issue.message, type: issue.code };
  });
}
