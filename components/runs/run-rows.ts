import { ColumnSet, flattenInput, flattenOutput, truncateText, type FlatCells } from "../../lib/client/flatten-output";
import type { CachedRun } from "../../lib/client/run-queries";

/** Longest text kept for a cell; the cell itself shows one line and the rest on hover. */
export const CELL_PREVIEW_CHARS = 120;

export interface RunRow {
  id: string;
  item: CachedRun;
  /** `input…` and `output…` cells, present only for the parts shown. */
  cells: FlatCells;
}

export interface RunRows {
  rows: RunRow[];
  inputColumns: string[];
  outputColumns: string[];
  /** Longest cell (or header) per input/output column, in characters, to size the column. */
  widestChars: Record<string, number>;
}

/** A page's runs with their inputs and outputs flattened to cells, and the columns they need. */
export function buildRunRows(items: readonly CachedRun[], show: { input: boolean; output: boolean }): RunRows {
  const inputs = new ColumnSet();
  const outputs = new ColumnSet();
  const rows = items.map((item): RunRow => {
    const input = show.input ? flattenInput(item.input?.input) : {};
    const output = show.output ? flattenOutput(item.output) : {};
    inputs.add(input);
    outputs.add(output);
    return { id: item.run.run_id, item, cells: preview({ ...input, ...output }) };
  });
  const widestChars: Record<string, number> = {};
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.cells)) widestChars[key] = Math.max(widestChars[key] ?? 0, value.length);
  }
  return { rows, inputColumns: inputs.keys, outputColumns: outputs.keys, widestChars };
}

function preview(cells: FlatCells): FlatCells {
  const out: FlatCells = {};
  for (const [key, value] of Object.entries(cells)) out[key] = truncateText(value, CELL_PREVIEW_CHARS);
  return out;
}
