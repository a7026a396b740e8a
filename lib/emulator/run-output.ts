import type { TaskRunOutput, TaskSpec } from "../parallel/types";
import { generateOutput } from "./output/generate-output";
import type { RunRow } from "./store";

// A run's output is a pure function of its input and spec: generated once when the run completes and
// stored (as the service keeps its results), or, for a run read without its stored output, generated
// again to the same value.
export function generateRunOutput(run: RunRow, spec: TaskSpec | null, hostile: boolean): TaskRunOutput {
  const input = (JSON.parse(run.input) as { input: string | Record<string, unknown> }).input;
  const seed = typeof input === "string" ? input : JSON.stringify(input);
  return generateOutput({ seed, outputSchema: spec?.output_schema, input, hostile });
}

/** The output's JSON text ("null" until the run has completed), stored text when the read joined it. */
export function runOutputJson(run: RunRow, spec: TaskSpec | null, hostile: boolean): string {
  if (run.status !== "completed") return "null";
  return run.output_json ?? JSON.stringify(generateRunOutput(run, spec, hostile));
}

export function runOutput(run: RunRow, spec: TaskSpec | null, hostile: boolean): TaskRunOutput | null {
  if (run.status !== "completed") return null;
  return run.output_json ? (JSON.parse(run.output_json) as TaskRunOutput) : generateRunOutput(run, spec, hostile);
}
