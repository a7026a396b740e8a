import { describeRowList } from "./describe-row-list";
import { lineAndColumn, locateJsonError } from "./locate-json-error";
import type { ParseHooks } from "./parse-delimited";
import type { RawRow, SourceNote } from "./types";

export interface JsonResult {
  header: string[];
  rows: RawRow[];
  textRows: boolean;
  notes: SourceNote[];
  fatal: SourceNote | null;
}

interface JsonValueRow {
  row: number;
  value?: unknown;
  issue?: string;
}

const PROGRESS_EVERY_ROWS = 10_000;

/** A JSON array of rows: objects (keys become columns) or strings (text inputs). */
export function parseJsonArray(text: string): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failed({ code: "invalid_json", severity: "error", message: `Invalid JSON ${describeJsonError(error as Error, text)}` });
  }
  if (!Array.isArray(value)) {
    const what = value === null ? "null" : typeof value === "object" ? "one object" : `a ${typeof value}`;
    return failed({
      code: "not_array",
      severity: "error",
      message: `The JSON file holds ${what}, not an array of rows. Put the rows in [ … ], or use JSON Lines (one object per line, .jsonl).`,
    });
  }
  if (value.length === 0) return failed({ code: "no_rows", severity: "error", message: "The JSON array is empty: there are no rows." });
  return tableOf(
    value.map((v, i) => ({ row: i + 1, value: v })),
    [],
  );
}

/** JSON Lines: one JSON value per line; a bad line is that row's issue, blank lines are skipped. */
export function parseJsonLines(text: string, hooks: ParseHooks = {}): JsonResult {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  const values: JsonValueRow[] = [];
  const blank: number[] = [];
  let chars = 0;
  lines.forEach((line, i) => {
    chars += line.length + 1;
    if (line.trim() === "") {
      blank.push(i + 1);
      return;
    }
    try {
      values.push({ row: i + 1, value: JSON.parse(line) });
    } catch (error) {
      const { column } = lineAndColumn(line, locateJsonError(line));
      values.push({ row: i + 1, issue: `Invalid JSON on line ${i + 1}, column ${column}: ${cleanJsonMessage((error as Error).message)}` });
    }
    if (values.length % PROGRESS_EVERY_ROWS === 0) hooks.onProgress?.({ chars, rows: values.length });
  });
  if (values.length > 0 && values.every((v) => v.issue)) {
    // Not JSON Lines at all: perhaps one JSON document spread over lines.
    const whole = parseJsonArray(text);
    if (!whole.fatal) return whole;
    return failed({ code: "invalid_json", severity: "error", message: values[0].issue! });
  }
  if (values.length === 0) return failed({ code: "no_rows", severity: "error", message: "The file has no rows: every line is blank." });
  const notes: SourceNote[] = [];
  if (blank.length > 0) {
    notes.push({
      code: "empty_rows",
      severity: "warning",
      message: `${blank.length === 1 ? "1 empty line was" : `${blank.length} empty lines were`} skipped (${describeRowList(blank).replace("row", "line")}).`,
    });
  }
  return tableOf(values, notes);
}

function tableOf(values: JsonValueRow[], notes: SourceNote[]): JsonResult {
  const allStrings = values.every((v) => v.issue !== undefined || typeof v.value === "string");
  if (allStrings) {
    return {
      header: ["input"],
      rows: values.map((v) => (v.issue ? { row: v.row, cells: [], issue: v.issue } : { row: v.row, cells: [v.value] })),
      textRows: true,
      notes,
      fatal: null,
    };
  }
  const index = new Map<string, number>();
  for (const v of values) {
    if (isRecord(v.value)) for (const key of Object.keys(v.value)) if (!index.has(key)) index.set(key, index.size);
  }
  const header = [...index.keys()];
  const rows: RawRow[] = values.map((v) => {
    if (v.issue) return { row: v.row, cells: [], issue: v.issue };
    if (!isRecord(v.value)) return { row: v.row, cells: [], issue: `Row is ${describeValue(v.value)}; the other rows are objects.` };
    const cells = new Array<unknown>(header.length);
    for (const [key, cell] of Object.entries(v.value)) cells[index.get(key)!] = cell;
    return { row: v.row, cells };
  });
  return { header, rows, textRows: false, notes, fatal: null };
}

function failed(note: SourceNote): JsonResult {
  return { header: [], rows: [], textRows: false, notes: [], fatal: note };
}

/** "on line 3, column 5: Expected ',' or ']' after array element": V8's words, our position. */
export function describeJsonError(error: Error, text: string): string {
  const { line, column } = lineAndColumn(text, locateJsonError(text));
  return `on line ${line}, column ${column}: ${cleanJsonMessage(error.message)}`;
}

function cleanJsonMessage(message: string): string {
  return message
    .replace(/\s*in JSON at position \d+(\s*\(line \d+ column \d+\))?/, "")
    .replace(/^JSON\.parse: /, "")
    .replace(/, "[^"]*" is not valid JSON$/, "")
    .trim();
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? "a string" : `a ${typeof value}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
