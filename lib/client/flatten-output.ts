import type { TaskRunInput, TaskRunOutput } from "../parallel/types";

// Runs as flat cells, one per column: the runs table shows them and the CSV export writes them.
// Column names are `input` / `output` for text and `input.<key>` / `output.<dotted.path>` for
// objects, so the table and the CSV name the same thing the same way.

/** Column name → cell text. */
export type FlatCells = Record<string, string>;

export interface FlattenOptions {
  /**
   * `preview` (the table): arrays of scalars joined with ", ", Markdown reduced to plain text.
   * `exact` (the export): arrays as JSON, text as it came.
   */
  mode: "preview" | "exact";
}

const PREVIEW: FlattenOptions = { mode: "preview" };

/** A run's input as cells: a text input is one `input` cell, an object input one cell per (dotted) key. */
export function flattenInput(input: TaskRunInput["input"] | null | undefined, options: FlattenOptions = PREVIEW): FlatCells {
  if (input === null || input === undefined) return {};
  if (typeof input === "string") return { input: options.mode === "preview" ? collapseWhitespace(input) : input };
  return flattenObject(input, "input", options);
}

/** A run's output as cells: text output is one `output` cell, JSON output one cell per (dotted) field. */
export function flattenOutput(output: TaskRunOutput | null | undefined, options: FlattenOptions = PREVIEW): FlatCells {
  if (!output) return {};
  if (output.type === "text") {
    const text = typeof output.content === "string" ? output.content : JSON.stringify(output.content);
    return { output: options.mode === "preview" ? markdownToPlainText(text) : text };
  }
  return flattenObject(output.content ?? {}, "output", options);
}

/** Nested objects become dotted keys; every other value one cell. An empty object is one cell `{}`. */
export function flattenObject(value: Record<string, unknown>, prefix: string, options: FlattenOptions = PREVIEW): FlatCells {
  const cells: FlatCells = {};
  const visit = (node: unknown, path: string) => {
    if (isPlainObject(node) && Object.keys(node).length > 0) {
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
      return;
    }
    cells[path] = cellText(node, options);
  };
  if (Object.keys(value).length === 0) return {};
  visit(value, prefix);
  return cells;
}

/** One value as cell text: scalars as themselves, null as empty, arrays joined (preview) or JSON. */
export function cellText(value: unknown, options: FlattenOptions = PREVIEW): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return options.mode === "preview" ? collapseWhitespace(value) : value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value) && options.mode === "preview" && value.every((item) => item === null || typeof item !== "object")) {
    return value.map((item) => cellText(item, options)).join(", ");
  }
  return JSON.stringify(value);
}

/**
 * The union of column names over rows, in the order first seen: the schema's order for JSON
 * outputs, since every run of a spec produces the same fields in the same order.
 */
export class ColumnSet {
  private readonly seen = new Set<string>();

  add(cells: FlatCells): this {
    for (const key of Object.keys(cells)) this.seen.add(key);
    return this;
  }

  get keys(): string[] {
    return [...this.seen];
  }

  get size(): number {
    return this.seen.size;
  }
}

/**
 * Markdown source as plain text for a one-line preview: headings, emphasis, code marks, list and
 * quote markers, tables and link targets are dropped; link and image text are kept. HTML stays as
 * literal text (it is rendered as text, never markup).
 */
export function markdownToPlainText(markdown: string): string {
  const text = markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, "$1")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/gm, "")
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/gm, "")
    .replace(/\s*\|\s*/g, " ")
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?![\w*])/g, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/`([^`]*)`/g, "$1");
  return collapseWhitespace(text);
}

/** At most `maxChars` characters, cut at a word boundary when one is near, with an ellipsis. */
export function truncateText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
