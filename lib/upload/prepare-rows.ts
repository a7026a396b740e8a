import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { MAX_SPEC_PLUS_INPUT_CHARS } from "../parallel/schemas/limits";
import type { OutputSchema, TaskSpec } from "../parallel/types";
import { coerceInputCell } from "./coerce-input-cell";
import { buildInputSchema } from "./input-schema";
import { PREVIEW_ROW_COUNT } from "./limits";
import type { InputConfig, PreparedSummary, RawRow, RawTable, RowIssue } from "./types";

export interface PreparedRow {
  row: number;
  input: string | Record<string, unknown>;
  issues: RowIssue[];
}

export interface RowPreparer {
  /** The task spec every run is sent with (the output schema, plus the input schema when used). */
  taskSpec: TaskSpec;
  /** A setup problem that concerns every row (no column chosen, two columns with one name). */
  configError: string | null;
  prepare(raw: RawRow): PreparedRow;
}

/** Turns raw rows into the inputs the API receives, checking each against the limits and the input schema. */
export function createRowPreparer(table: RawTable, config: InputConfig, outputSchema: OutputSchema): RowPreparer {
  const included = config.columns.filter((c) => c.include && c.source < table.columns.length);
  const objectMode = config.mode === "object";
  const inputSchema = objectMode && config.useInputSchema ? buildInputSchema(included) : null;
  const taskSpec: TaskSpec = inputSchema
    ? { output_schema: outputSchema, input_schema: { type: "json", json_schema: inputSchema } }
    : { output_schema: outputSchema };
  const specChars = JSON.stringify(taskSpec).length;
  const configError = objectMode
    ? columnsError(included.map((c) => c.name))
    : config.textColumn < table.columns.length
      ? null
      : "Choose the column that holds the input.";
  const validate = inputSchema && !configError ? compileSchema(inputSchema) : null;

  const prepare = (raw: RawRow): PreparedRow => {
    if (raw.issue) return { row: raw.row, input: "", issues: [{ row: raw.row, field: null, message: raw.issue }] };
    const issues: RowIssue[] = [];
    let input: string | Record<string, unknown>;
    if (!objectMode) {
      const coerced = coerceInputCell(raw.cells[config.textColumn], "string", 0);
      input = coerced.ok && typeof coerced.value === "string" ? coerced.value : "";
      if (!coerced.ok) issues.push({ row: raw.row, field: null, message: coerced.message });
      else if (input.trim() === "") issues.push({ row: raw.row, field: null, message: "The input is empty" });
    } else {
      input = {};
      for (const column of included) {
        const coerced = coerceInputCell(raw.cells[column.source], column.type, 1);
        if (!coerced.ok) issues.push({ row: raw.row, field: column.name, message: coerced.message });
        else if (coerced.value !== undefined) input[column.name] = coerced.value;
        else if (column.required && !validate) issues.push({ row: raw.row, field: column.name, message: "A value is required" });
      }
      if (validate && issues.length === 0 && !validate(input)) issues.push(...(validate.errors ?? []).map((e) => ajvIssue(raw.row, e)));
      if (included.length > 0 && Object.keys(input).length === 0 && issues.length === 0) {
        issues.push({ row: raw.row, field: null, message: "Every chosen column is empty in this row" });
      }
    }
    const chars = specChars + (typeof input === "string" ? input.length : JSON.stringify(input).length);
    if (chars > MAX_SPEC_PLUS_INPUT_CHARS) {
      issues.push({
        row: raw.row,
        field: null,
        message: `Task spec plus input is ${chars.toLocaleString("en-US")} characters; the limit is ${MAX_SPEC_PLUS_INPUT_CHARS.toLocaleString("en-US")} (the task spec takes ${specChars.toLocaleString("en-US")})`,
      });
    }
    return { row: raw.row, input, issues };
  };
  return { taskSpec, configError, prepare };
}

/** Every row prepared: counts, issues, a preview and the longest spec + input. */
export function summarizeTable(
  table: RawTable,
  config: InputConfig,
  outputSchema: OutputSchema,
): PreparedSummary & { configError: string | null; taskSpec: TaskSpec } {
  const preparer = createRowPreparer(table, config, outputSchema);
  const issues: RowIssue[] = [];
  const preview: PreparedSummary["preview"] = [];
  let invalidRows = 0;
  let maxChars = 0;
  const specChars = JSON.stringify(preparer.taskSpec).length;
  for (const raw of table.rows) {
    const prepared = preparer.prepare(raw);
    if (preview.length < PREVIEW_ROW_COUNT) preview.push({ row: prepared.row, input: prepared.input });
    if (prepared.issues.length > 0) {
      invalidRows++;
      issues.push(...prepared.issues);
    }
    maxChars = Math.max(
      maxChars,
      specChars + (typeof prepared.input === "string" ? prepared.input.length : JSON.stringify(prepared.input).length),
    );
  }
  const totalRows = table.rows.length;
  const validRows = totalRows - invalidRows;
  return {
    totalRows,
    validRows,
    invalidRows,
    submitRows: preparer.configError ? 0 : invalidRows === 0 || config.dropInvalidRows ? validRows : 0,
    issues,
    preview,
    maxChars,
    configError: preparer.configError,
    taskSpec: preparer.taskSpec,
  };
}

function columnsError(names: string[]): string | null {
  if (names.length === 0) return "Choose at least one column to send.";
  const blank = names.findIndex((n) => n.trim() === "");
  if (blank >= 0) return "Every chosen column needs a name.";
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return `Two chosen columns are named '${name}'; rename one or leave one out.`;
    seen.add(name);
  }
  return null;
}

function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function ajvIssue(row: number, error: ErrorObject): RowIssue {
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  const field = missing ?? extra ?? (error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : null);
  if (missing) return { row, field, message: "A value is required" };
  if (extra) return { row, field, message: "Not in the input schema" };
  return { row, field, message: `Value ${error.message ?? "is invalid"}` };
}
