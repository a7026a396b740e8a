import type { SourceFormat } from "./types";

const BY_EXTENSION: Record<string, SourceFormat> = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
};

/** The format from the file name when it says, else from the first characters (pasted text has no name). */
export function detectFormat(fileName: string | null, text: string): SourceFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const known = extension ? BY_EXTENSION[extension] : undefined;
  if (known) return known;
  const start = text.trimStart();
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{") || start.startsWith('"')) {
    // One JSON value per line, or a single object spread over lines (reported as invalid JSON Lines).
    return "jsonl";
  }
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  return firstLine.includes("\t") && !firstLine.includes(",") ? "tsv" : "csv";
}
