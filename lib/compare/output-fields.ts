import type { FieldBasis, TaskRunOutput } from "../parallel/types";

// An output as the comparison reads it: top-level fields with their values and confidences. A text
// output is one field named `output`, as in the runs table and the export.

export interface OutputFields {
  values: Record<string, unknown>;
  confidence: Record<string, string | null>;
}

const TEXT_OUTPUT_FIELD = "output";

export function outputFieldsOf(output: Pick<TaskRunOutput, "type" | "content" | "basis"> | null | undefined): OutputFields {
  if (!output) return { values: {}, confidence: {} };
  const values: Record<string, unknown> =
    output.type === "text" || typeof output.content !== "object" || output.content === null
      ? { [TEXT_OUTPUT_FIELD]: output.content }
      : output.content;
  return { values, confidence: confidenceByField(output.basis ?? []) };
}

/** Basis confidence by top-level field (`key_executives.0` counts for `key_executives`, first one wins). */
export function confidenceByField(basis: readonly Pick<FieldBasis, "field" | "confidence">[]): Record<string, string | null> {
  const byField: Record<string, string | null> = {};
  for (const entry of basis) {
    const field = entry.field.split(".")[0];
    if (!(field in byField)) byField[field] = entry.confidence ?? null;
  }
  return byField;
}
