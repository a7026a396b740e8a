import type { TaskRunOutput, TaskSpec } from "../parallel/types";
import { generateOutput } from "./output/generate-output";
import type { RunRow } from "./store";

// Outputs are not stored: they are a pure function of the run's input and spec, generated when read.
export function runOutput(run: RunRow, spec: TaskSpec | null, hostile: boolean): TaskRunOutput | null {
  if (run.status !== "completed") return null;
  const input = (JSON.parse(run.input) as { input: string | Record<string, unknown> }).input;
  const seed = typeof input === "string" ? input : JSON.stringify(input);
  return generateOutput({ seed, outputSchema: spec?.output_schema, input, hostile });
}
