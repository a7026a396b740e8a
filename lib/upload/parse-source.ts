import { decodeText } from "./decode-text";
import { detectFormat } from "./detect-format";
import { inferColumnTypes } from "./infer-column-types";
import { MAX_UPLOAD_FILE_BYTES } from "./limits";
import { parseDelimited, type ParseHooks } from "./parse-delimited";
import { parseJsonArray, parseJsonLines, type JsonResult } from "./parse-json";
import type { RawTable, SourceEncoding, SourceFormat, SourceNote } from "./types";

export interface ParseSourceOptions {
  fileName: string | null;
  encoding: SourceEncoding;
  hasHeader: boolean;
  /** Overrides detection from the name and content. */
  format?: SourceFormat | null;
}

export type ParseSourceResult =
  { ok: true; table: RawTable } | { ok: false; fatal: SourceNote; notes: SourceNote[]; offerLatin1: boolean; cancelled?: boolean };

const BINARY_SNIFF_BYTES = 8_192;

/** File bytes (or pasted text) to a table of rows, with every problem worded for the user. */
export async function parseSource(
  input: Uint8Array | string,
  options: ParseSourceOptions,
  hooks: ParseHooks = {},
): Promise<ParseSourceResult> {
  const size = typeof input === "string" ? new TextEncoder().encode(input).byteLength : input.byteLength;
  const tooLarge = tooLargeNote(size);
  if (tooLarge) return failed(tooLarge);
  let text: string;
  const notes: SourceNote[] = [];
  if (typeof input === "string") {
    if (input.trim() === "") return failed({ code: "empty_file", severity: "error", message: "There is no text to read." });
    text = input.replace(/^\uFEFF/, "");
  } else {
    const binary = describeBinary(input);
    if (binary) return failed({ code: "unsupported", severity: "error", message: binary });
    const decoded = decodeText(input, options.encoding);
    if (!decoded.ok) return { ok: false, fatal: decoded.note, notes: [], offerLatin1: decoded.offerLatin1 };
    text = decoded.text;
    notes.push(...decoded.notes);
  }

  const format = options.format ?? detectFormat(options.fileName, text);
  if (format === "csv" || format === "tsv") {
    const result = await parseDelimited(text, format, options.hasHeader, hooks);
    if (result.cancelled)
      return {
        ok: false,
        fatal: { code: "unsupported", severity: "error", message: "Cancelled" },
        notes: [],
        offerLatin1: false,
        cancelled: true,
      };
    return tableOf(format, { ...result, textRows: false }, notes);
  }
  return tableOf(format, format === "json" ? parseJsonArray(text) : parseJsonLines(text, hooks), notes);
}

/** The size limit's message, before a byte is read; null when the size is fine. */
export function tooLargeNote(bytes: number): SourceNote | null {
  if (bytes <= MAX_UPLOAD_FILE_BYTES) return null;
  const size =
    formatMegabytes(bytes) === formatMegabytes(MAX_UPLOAD_FILE_BYTES) ? `${bytes.toLocaleString("en-US")} bytes` : formatMegabytes(bytes);
  return {
    code: "too_large",
    severity: "error",
    message: `The file is ${size}; the limit is ${formatMegabytes(MAX_UPLOAD_FILE_BYTES)}. Split it into smaller files and add each to the same group with "Add runs".`,
  };
}

function failed(fatal: SourceNote): ParseSourceResult {
  return { ok: false, fatal, notes: [], offerLatin1: false };
}

function describeBinary(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'This is a compressed file (an Excel .xlsx workbook or a .zip), not text. In your spreadsheet, save it as "CSV UTF-8" and choose that file.';
  }
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return "This is a binary file, not text. Choose a CSV, TSV, JSON or JSON Lines file.";
  return null;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}

/** A parser's rows as the table, after the notes so far and the parser's own; its fatal note fails the whole source. */
function tableOf(format: SourceFormat, parsed: JsonResult, notes: SourceNote[]): ParseSourceResult {
  notes.push(...parsed.notes);
  if (parsed.fatal) return { ok: false, fatal: parsed.fatal, notes, offerLatin1: false };
  const types = inferColumnTypes(parsed.header.length, parsed.rows);
  return {
    ok: true,
    table: {
      format,
      columns: parsed.header.map((name, i) => ({ name, inferredType: types[i] })),
      rows: parsed.rows,
      textRows: parsed.textRows,
      notes,
    },
  };
}
