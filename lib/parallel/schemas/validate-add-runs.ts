import type { ValidationErrorItem } from "../types";
import { addRunsNestingErrors } from "./nesting-errors";
import { MAX_INPUTS_PER_REQUEST, MAX_OUTPUT_SCHEMA_DEPTH, MAX_SPEC_PLUS_INPUT_CHARS } from "./limits";
import { outputSchemaDepth } from "./output-schema-depth";
import { taskGroupRunRequestSchema, type TaskGroupRunRequestBody } from "./task-run-input";
import { zodIssuesToValidationErrors } from "./zod-issues-to-validation-errors";

export type AddRunsValidation = { ok: true; body: TaskGroupRunRequestBody } | { ok: false; errors: ValidationErrorItem[] };

// Validates an add-runs body as the service does: the 1,000-input cap, the nesting limit, shape, the
// 25,000-character limit on task spec plus input, and the output schema depth. Errors name the offending input index.
export function validateAddRunsBody(raw: unknown, isKnownProcessor?: (name: string) => boolean): AddRunsValidation {
  if (isRecord(raw) && Array.isArray(raw.inputs) && raw.inputs.length > MAX_INPUTS_PER_REQUEST) {
    return {
      ok: false,
      errors: [
        {
          loc: ["body", "inputs"],
          msg: `List should have at most ${MAX_INPUTS_PER_REQUEST} items after validation, not ${raw.inputs.length}`,
          type: "too_long",
        },
      ],
    };
  }
  const tooDeep = addRunsNestingErrors(raw);
  if (tooDeep.length > 0) return { ok: false, errors: tooDeep };
  const parsed = taskGroupRunRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: zodIssuesToValidationErrors(parsed.error.issues, ["body"], raw) };
  const body = parsed.data;
  const errors: ValidationErrorItem[] = [];

  const defaultSpecError = specDepthError(body.default_task_spec, ["body", "default_task_spec"]);
  if (defaultSpecError) errors.push(defaultSpecError);

  body.inputs.forEach((item, index) => {
    const loc = ["body", "inputs", index];
    if (isKnownProcessor && !isKnownProcessor(item.processor)) {
      errors.push({ loc: [...loc, "processor"], msg: `Unknown processor '${item.processor}'`, type: "value_error" });
    }
    const depthError = specDepthError(item.task_spec, [...loc, "task_spec"]);
    if (depthError) errors.push(depthError);
    const spec = item.task_spec ?? body.default_task_spec;
    const chars = (spec ? JSON.stringify(spec).length : 0) + inputLength(item.input);
    if (chars > MAX_SPEC_PLUS_INPUT_CHARS) {
      errors.push({
        loc,
        msg: `Task spec plus input is ${chars} characters; the limit is ${MAX_SPEC_PLUS_INPUT_CHARS}`,
        type: "value_error",
      });
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, body };
}

function specDepthError(spec: TaskGroupRunRequestBody["default_task_spec"], loc: Array<string | number>): ValidationErrorItem | null {
  const output = spec?.output_schema;
  if (!output || typeof output === "string" || output.type !== "json") return null;
  const depth = outputSchemaDepth(output.json_schema);
  if (depth <= MAX_OUTPUT_SCHEMA_DEPTH) return null;
  return {
    loc: [...loc, "output_schema", "json_schema"],
    msg: `Output schema is too complex: it nests ${depth} levels of objects; at most ${MAX_OUTPUT_SCHEMA_DEPTH} are allowed`,
    type: "value_error",
  };
}

function inputLength(input: string | Record<string, unknown>): number {
  return typeof input === "string" ? input.length : JSON.stringify(input).length;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
