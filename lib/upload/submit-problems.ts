import { metadataProblem, processorProblem, type Draft, type OutputSchemaResult } from "./draft";
import type { PreparedSummary } from "./types";

export interface SubmitCheckInput {
  draft: Draft;
  outputSchema: OutputSchemaResult;
  sourcePhase: "empty" | "reading" | "ready" | "problem";
  prepared: (PreparedSummary & { configError: string | null }) | null;
  /** The check on screen is for an earlier setup. */
  preparing: boolean;
}

/** Why the form cannot be submitted yet, in the order the user meets them; empty when it can. */
export function submitProblems({ draft, outputSchema, sourcePhase, prepared, preparing }: SubmitCheckInput): string[] {
  const problems: string[] = [];
  const processor = processorProblem(draft);
  if (processor) problems.push(processor);
  const metadata = metadataProblem(draft);
  if (metadata) problems.push(metadata);
  if (sourcePhase === "empty") problems.push("Add the inputs: choose a file, or paste or type rows.");
  else if (sourcePhase === "reading") problems.push("The rows are still being read.");
  else if (sourcePhase === "problem") problems.push("The inputs could not be read (see the message under Inputs).");
  else if (!prepared || preparing) problems.push("The rows are being checked.");
  else if (prepared.configError) problems.push(prepared.configError);
  else if (prepared.invalidRows > 0 && !draft.input?.dropInvalidRows) {
    problems.push(
      `${prepared.invalidRows.toLocaleString("en-US")} ${prepared.invalidRows === 1 ? "row has a problem" : "rows have problems"}: fix ${prepared.invalidRows === 1 ? "it" : "them"}, or leave ${prepared.invalidRows === 1 ? "it" : "them"} out.`,
    );
  } else if (prepared.submitRows === 0) problems.push("No row is left to submit.");
  if (!outputSchema.ok) problems.push(outputSchema.problem);
  return problems;
}
