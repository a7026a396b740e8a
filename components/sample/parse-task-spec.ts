import { taskSpecSchema } from "../../lib/parallel/schemas/task-run-input";
import type { z } from "zod";

type EditedTaskSpec = z.output<typeof taskSpecSchema>;

/** The edited task spec from its text: null when left empty (each run keeps its own), else the spec or a message naming the problem. */
export function parseTaskSpec(text: string): { spec: EditedTaskSpec | null } | { error: string } {
  if (text.trim() === "") return { spec: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Task spec: not JSON (${(error as Error).message})` };
  }
  const parsed = taskSpecSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `Task spec: ${issue.path.length > 0 ? `'${issue.path.join(".")}' ` : ""}${issue.message}` };
  }
  return { spec: parsed.data };
}
