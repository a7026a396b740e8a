import { getProcessor } from "../parallel/processors";
import type { Metadata, OutputSchema, TaskSpec } from "../parallel/types";
import { fieldsProblem, fieldsToJsonSchema, jsonSchemaToFields, newField, outputSchemaProblem, type SchemaField } from "./schema-fields";
import type { ColumnConfig, InputConfig, RawColumn, SourceEncoding, SourceFormat } from "./types";

// Everything the create form holds, as one serializable value: it is saved to IndexedDB as the user
// types, so a reload (or a crash) gives it back exactly.

export type OutputMode = "auto" | "text" | "json";

export interface MetadataPair {
  id: string;
  key: string;
  value: string;
}

export interface SourceInfo {
  kind: "file" | "paste";
  name: string | null;
  size: number;
}

export interface Draft {
  version: 1;
  name: string;
  processor: string;
  metadata: MetadataPair[];
  outputMode: OutputMode;
  textDescription: string;
  schemaFields: SchemaField[];
  /** The JSON editor's text; the builder rewrites it, and it rewrites the builder when it can. */
  schemaText: string;
  inputTab: "file" | "paste";
  pasteText: string;
  /** What the stored source is (the bytes or text are in the `sources` store). */
  source: SourceInfo | null;
  encoding: SourceEncoding;
  hasHeader: boolean;
  /** Read the source as this format instead of guessing from its name and content. */
  format: SourceFormat | null;
  input: InputConfig | null;
  /** The columns `input` was made for: a different file gets a fresh column setup. */
  inputColumns: string[] | null;
  /** Ask Parallel for each run's status changes by webhook (offered when CONSOLE_WEBHOOK_URL is set); absent means yes. */
  askForWebhooks?: boolean;
}

export const DEFAULT_PROCESSOR = "lite";

export function emptyDraft(): Draft {
  const fields = [newField({ name: "answer", description: "The answer to the question about this row" })];
  return {
    version: 1,
    name: "",
    processor: DEFAULT_PROCESSOR,
    metadata: [],
    outputMode: "auto",
    textDescription: "",
    schemaFields: fields,
    schemaText: JSON.stringify(fieldsToJsonSchema(fields), null, 2),
    inputTab: "file",
    pasteText: "",
    source: null,
    encoding: "utf-8",
    hasHeader: true,
    format: null,
    input: null,
    inputColumns: null,
  };
}

/** The column setup for a newly read table: every column, typed as inferred; text mode for one column. */
export function defaultInputConfig(columns: RawColumn[], textRows: boolean): InputConfig {
  const configs: ColumnConfig[] = columns.map((c, i) => ({
    source: i,
    include: true,
    name: c.name,
    type: c.inferredType,
    required: false,
  }));
  return {
    mode: textRows || columns.length === 1 ? "text" : "object",
    columns: configs,
    textColumn: 0,
    useInputSchema: true,
    dropInvalidRows: false,
  };
}

/** The input setup to use with a table: the draft's when it was made for these columns, else a fresh one. */
export function inputConfigFor(
  draft: Draft,
  columns: RawColumn[],
  textRows: boolean,
): { input: InputConfig; inputColumns: string[]; fresh: boolean } {
  const names = columns.map((c) => c.name);
  if (draft.input && draft.inputColumns && sameNames(draft.inputColumns, names))
    return { input: draft.input, inputColumns: names, fresh: false };
  return { input: defaultInputConfig(columns, textRows), inputColumns: names, fresh: true };
}

function sameNames(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

export type OutputSchemaResult = { ok: true; schema: OutputSchema } | { ok: false; problem: string };

/** The output schema the draft describes, or why it cannot be sent. */
export function draftOutputSchema(draft: Draft): OutputSchemaResult {
  if (draft.outputMode === "auto") return { ok: true, schema: { type: "auto" } };
  if (draft.outputMode === "text") {
    const description = draft.textDescription.trim();
    return { ok: true, schema: description ? { type: "text", description } : { type: "text" } };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(draft.schemaText);
  } catch (error) {
    return { ok: false, problem: `The JSON schema is not valid JSON: ${(error as Error).message}` };
  }
  const builderFits = jsonSchemaToFields(parsed).ok;
  const problem = (builderFits ? fieldsProblem(draft.schemaFields) : null) ?? outputSchemaProblem(parsed);
  return problem ? { ok: false, problem } : { ok: true, schema: { type: "json", json_schema: parsed as Record<string, unknown> } };
}

/** Group metadata from the form: the name plus the user's pairs (numbers and booleans kept as typed). */
export function draftGroupMetadata(draft: Draft): Metadata {
  const metadata: Metadata = {};
  for (const pair of draft.metadata) {
    const key = pair.key.trim();
    if (key) metadata[key] = pair.value;
  }
  const name = draft.name.trim();
  if (name) metadata.name = name;
  return metadata;
}

export function metadataProblem(draft: Draft): string | null {
  const seen = new Set<string>(["name", "upload_id"]);
  for (const pair of draft.metadata) {
    const key = pair.key.trim();
    if (!key && !pair.value.trim()) continue;
    if (!key) return "A metadata value has no key.";
    if (seen.has(key))
      return key === "name" || key === "upload_id"
        ? `'${key}' is set by the form; use another metadata key.`
        : `The metadata key '${key}' is used twice.`;
    seen.add(key);
  }
  return null;
}

export function processorProblem(draft: Draft): string | null {
  return getProcessor(draft.processor) ? null : `Choose a processor ('${draft.processor}' is not one the API documents).`;
}

/** Spec and processor defaults taken from one of the group's runs, for "Add runs". */
export function draftFromRun(base: Draft, run: { processor: string; task_spec?: TaskSpec | null }): Draft {
  const next: Draft = { ...base, processor: getProcessor(run.processor) ? run.processor : base.processor };
  const output = run.task_spec?.output_schema;
  if (!output) return next;
  if (typeof output === "string") return { ...next, outputMode: "text", textDescription: output };
  if (output.type === "auto") return { ...next, outputMode: "auto" };
  if (output.type === "text") return { ...next, outputMode: "text", textDescription: output.description ?? "" };
  const fields = jsonSchemaToFields(output.json_schema);
  return {
    ...next,
    outputMode: "json",
    schemaText: JSON.stringify(output.json_schema, null, 2),
    schemaFields: fields.ok ? fields.fields : next.schemaFields,
  };
}
