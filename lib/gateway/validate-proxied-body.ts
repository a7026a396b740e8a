import { bodyNestingErrors } from "../parallel/schemas/nesting-errors";
import { createTaskGroupRequestSchema } from "../parallel/schemas/task-run-input";
import { validateAddRunsBody } from "../parallel/schemas/validate-add-runs";
import { zodIssuesToValidationErrors } from "../parallel/schemas/zod-issues-to-validation-errors";
import type { ValidationErrorItem } from "../parallel/types";
import { AppError } from "../http/app-error";
import type { UpstreamCallKind } from "./allowlist";

/** Checks a write before it costs an upstream call; throws a 422 whose message names the first problem. */
export function validateProxiedBody(kind: UpstreamCallKind, text: string): void {
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch (error) {
    throw invalid([{ loc: ["body"], msg: `Malformed JSON: ${(error as Error).message}`, type: "json_invalid" }]);
  }
  if (kind === "add-runs") {
    const result = validateAddRunsBody(body);
    if (!result.ok) throw invalid(result.errors);
  } else if (kind === "create-group") {
    const tooDeep = bodyNestingErrors(body);
    if (tooDeep.length > 0) throw invalid(tooDeep);
    const result = createTaskGroupRequestSchema.safeParse(body);
    if (!result.success) throw invalid(zodIssuesToValidationErrors(result.error.issues, ["body"], body));
  }
}

function invalid(errors: ValidationErrorItem[]): AppError {
  const first = errors[0];
  const where = first.loc
    .slice(1)
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return new AppError("validation_failed", `${where || "body"}: ${first.msg}${more}`, { errors });
}
