import Papa from "papaparse";
import { PARSE_CHUNK_CHARS } from "./limits";
import { describeRowList } from "./describe-row-list";
import type { RawRow, SourceFormat, SourceNote } from "./types";

export interface ParseProgress {
  chars: number;
  rows: number;
}

export interface ParseHooks {
  onProgress?: (progress: ParseProgress) => void;
  /** Checked between chunks; true stops the parse (a newer file replaced this one). */
  isCancelled?: () => boolean;
}

export interface DelimitedResult {
  header: string[];
  rows: RawRow[];
  notes: SourceNote[];
  /** Set when the source cannot be used at all. */
  fatal: SourceNote | null;
  cancelled: boolean;
}

/**
 * CSV or TSV text to rows with Papa Parse, a chunk at a time. The header row is checked here
 * (blank and duplicate names), rows whose value count differs from the header are kept with an
 * issue, and empty rows are skipped but still counted so row numbers match the file.
 */
export function parseDelimited(
  text: string,
  format: Extract<SourceFormat, "csv" | "tsv">,
  hasHeader: boolean,
  hooks: ParseHooks = {},
): Promise<DelimitedResult> {
  const rows: RawRow[] = [];
  const emptyRows: number[] = [];
  let header: string[] | null = null;
  let rawHeaderSeen = false;
  let nextRow = 1;
  const delimiter = format === "tsv" ? "\t" : guessDelimiter(text);
  const notes: SourceNote[] = [];

  const take = (cells: string[], issue?: string) => {
    if (!rawHeaderSeen && hasHeader) {
      if (isBlank(cells)) return;
      rawHeaderSeen = true;
      header = cells;
      return;
    }
    const row = nextRow++;
    if (isBlank(cells)) {
      emptyRows.push(row);
      return;
    }
    header ??= cells.map((_, i) => `column_${i + 1}`);
    rows.push(issue ? { row, cells, issue } : { row, cells });
  };

  return new Promise((resolve) => {
    const finish = (cancelled: boolean) => {
      // The newline that ends the last line is not an empty row.
      if (/\r?\n$/.test(text) && emptyRows[emptyRows.length - 1] === nextRow - 1) emptyRows.pop();
      const fixed = fixHeader(header ?? []);
      notes.push(...fixed.notes);
      const width = fixed.names.length;
      for (const r of rows) {
        if (!r.issue && r.cells.length !== width) {
          r.issue = `Row has ${r.cells.length} ${r.cells.length === 1 ? "value" : "values"}; the header has ${width} ${width === 1 ? "column" : "columns"}.`;
        }
      }
      if (emptyRows.length > 0) {
        notes.push({
          code: "empty_rows",
          severity: "warning",
          message: `${emptyRows.length === 1 ? "1 empty row was" : `${emptyRows.length.toLocaleString("en-US")} empty rows were`} skipped (${describeRowList(emptyRows)}).`,
        });
      }
      if (delimiter && delimiter !== "," && delimiter !== "\t") {
        notes.push({ code: "delimiter", severity: "info", message: `Values are separated by '${delimiter}'.` });
      }
      resolve({ header: fixed.names, rows, notes, fatal: fatalOf(header, rows.length, emptyRows.length, hasHeader), cancelled });
    };

    let charsDone = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: false,
      chunkSize: PARSE_CHUNK_CHARS,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        const issues = new Map<number, string>();
        for (const error of results.errors) {
          if (typeof error.row === "number" && !issues.has(error.row)) issues.set(error.row, papaMessage(error));
        }
        results.data.forEach((cells: string[], i: number) => take(cells, issues.get(i)));
        charsDone = results.meta.cursor;
        hooks.onProgress?.({ chars: charsDone, rows: rows.length });
        // Yield between chunks so the worker can hear a cancel and post progress.
        parser.pause();
        setTimeout(() => {
          if (hooks.isCancelled?.()) {
            parser.abort();
            finish(true);
          } else parser.resume();
        }, 0);
      },
      complete() {
        finish(false);
      },
    } as Papa.ParseConfig<string[]>);
  });
}

const DELIMITER_SAMPLE_CHARS = 64 * 1024;

/** Papa's guess on the first lines, skipping blank ones (a trailing blank line makes every guess inconsistent). */
function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text.slice(0, DELIMITER_SAMPLE_CHARS), {
    delimitersToGuess: [",", "\t", ";", "|"],
    skipEmptyLines: true,
    preview: 50,
  });
  return sample.meta.delimiter || ",";
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

function papaMessage(error: Papa.ParseError): string {
  if (error.code === "MissingQuotes") return 'A quoted value is never closed (a " is missing).';
  if (error.code === "InvalidQuotes") return "A value has a stray quote character.";
  return error.message;
}

function fatalOf(header: string[] | null, rowCount: number, emptyCount: number, hasHeader: boolean): SourceNote | null {
  if (header === null && rowCount === 0 && emptyCount === 0) {
    return { code: "empty_file", severity: "error", message: "The file is empty: it has no header and no rows." };
  }
  if (rowCount > 0) return null;
  if (emptyCount > 0) {
    return {
      code: "no_rows",
      severity: "error",
      message: `All ${emptyCount === 1 ? "" : `${emptyCount.toLocaleString("en-US")} `}data rows are empty: there is nothing to submit.`,
    };
  }
  return {
    code: "no_rows",
    severity: "error",
    message: hasHeader ? "The file has a header row but no data rows." : "The file has no rows.",
  };
}

/** Blank header cells get a name and repeated names a suffix, each with a warning, so no value is lost. */
export function fixHeader(raw: string[]): { names: string[]; notes: SourceNote[] } {
  const notes: SourceNote[] = [];
  const names: string[] = [];
  const firstIndex = new Map<string, number>();
  const taken = new Set(raw.map((h) => h.trim()).filter(Boolean));
  raw.forEach((cell, i) => {
    let name = cell.trim();
    if (name === "") {
      name = uniqueName(`column_${i + 1}`, taken);
      notes.push({
        code: "missing_header",
        severity: "warning",
        message: `Column ${i + 1} has no name in the header row; it was named '${name}'. Rename or drop it below.`,
      });
    } else if (firstIndex.has(name)) {
      const renamed = uniqueName(name, taken);
      notes.push({
        code: "duplicate_header",
        severity: "warning",
        message: `The header names '${name}' twice (columns ${firstIndex.get(name)! + 1} and ${i + 1}); the second was renamed '${renamed}'. Rename or drop it below.`,
      });
      name = renamed;
    } else {
      firstIndex.set(name, i);
    }
    taken.add(name);
    names.push(name);
  });
  return { names, notes };
}

function uniqueName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
}
