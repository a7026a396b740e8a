// Shapes shared by the parser (in the Web Worker), the form and the submission engine.

export type SourceFormat = "csv" | "tsv" | "json" | "jsonl";

/** "windows-1252" is what browsers decode for the "latin1" label; it is the Latin-1 superset spreadsheets write. */
export type SourceEncoding = "utf-8" | "windows-1252";

/** A file problem or remark, shown above the preview. `error` blocks the whole source; the others inform. */
export interface SourceNote {
  code:
    | "empty_file"
    | "no_rows"
    | "too_large"
    | "not_utf8"
    | "bom"
    | "utf16"
    | "invalid_json"
    | "not_array"
    | "duplicate_header"
    | "missing_header"
    | "empty_rows"
    | "delimiter"
    | "unsupported";
  severity: "error" | "warning" | "info";
  message: string;
}

/** One data row as read: `cells` line up with `RawTable.columns`; `issue` is a problem found while reading it. */
export interface RawRow {
  /** 1-based data row number: the header is not counted; JSON Lines rows are numbered by line. */
  row: number;
  cells: unknown[];
  issue?: string;
}

export type ColumnType = "string" | "number" | "integer" | "boolean" | "json";

export interface RawColumn {
  /** Header as read (after renaming duplicates and naming blank ones). */
  name: string;
  inferredType: ColumnType;
}

export interface RawTable {
  format: SourceFormat;
  columns: RawColumn[];
  rows: RawRow[];
  /** Every row was a bare string (JSON/JSONL): text input is the natural mode. */
  textRows: boolean;
  notes: SourceNote[];
}

export interface ColumnConfig {
  /** Index into RawTable.columns. */
  source: number;
  include: boolean;
  /** Key in each input object. */
  name: string;
  type: ColumnType;
  required: boolean;
}

export interface InputConfig {
  mode: "object" | "text";
  columns: ColumnConfig[];
  /** Column whose value is the input in text mode. */
  textColumn: number;
  /** Validate (ajv) and send the input schema built from the columns (object mode only). */
  useInputSchema: boolean;
  /** Rows with problems are left out instead of blocking submission. */
  dropInvalidRows: boolean;
}

export interface RowIssue {
  row: number;
  /** Input field the problem is about, null for the whole row. */
  field: string | null;
  message: string;
}

export interface PreparedSummary {
  totalRows: number;
  validRows: number;
  /** Rows that will be submitted: valid rows, or all rows when there are no issues. */
  submitRows: number;
  issues: RowIssue[];
  /** Rows with at least one issue. */
  invalidRows: number;
  preview: Array<{ row: number; input: string | Record<string, unknown> }>;
  /** Longest task spec + input, in characters (the API's 25,000 limit). */
  maxChars: number;
}
