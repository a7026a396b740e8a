// What a simulated run returns: a pure function of its arguments, so re-reading a run gives the same output.
import type { OutputSchema, TaskRunOutput } from "../../parallel/types";
import { AUTO_OUTPUT_SCHEMA, buildAutoContent } from "./auto-content";
import { buildBasis } from "./build-basis";
import { compileJsonSchema } from "./compile-json-schema";
import type { GenContext } from "./gen-context";
import { describeInput } from "./input-facts";
import { buildMarkdown } from "./markdown-text";
import { createRng } from "./prng";

export interface GenerateOutputArgs {
  /** Derived by the caller from the run's input: same input, same output. */
  seed: string;
  outputSchema: OutputSchema | null | undefined;
  input: string | Record<string, unknown>;
  /** Plant XSS payloads in free text so the console's rendering can be tested. */
  hostile?: boolean;
}

export function generateOutput({ seed, outputSchema, input, hostile = false }: GenerateOutputArgs): TaskRunOutput {
  const ctx: GenContext = { rng: createRng(seed), facts: describeInput(input), hostile, depth: 0 };
  if (typeof outputSchema === "string") return textOutput(ctx, outputSchema);
  if (outputSchema?.type === "text") return textOutput(ctx, outputSchema.description);
  if (outputSchema?.type === "json" && outputSchema.json_schema && typeof outputSchema.json_schema === "object") {
    const value = compileJsonSchema(outputSchema.json_schema)(ctx);
    // The API's JSON content is always an object; a non-object root schema is outside the contract.
    const content = isPlainObject(value) ? value : { result: value };
    return { type: "json", content, basis: buildBasis(Object.keys(content), ctx) };
  }
  const content = buildAutoContent(ctx);
  return { type: "json", content, basis: buildBasis(Object.keys(content), ctx), output_schema: AUTO_OUTPUT_SCHEMA };
}

function textOutput(ctx: GenContext, description: string | undefined): TaskRunOutput {
  return { type: "text", content: buildMarkdown(ctx, description || undefined), basis: buildBasis(["output"], ctx) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
