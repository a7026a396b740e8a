import "server-only";
import { ColumnSet, flattenInput, flattenOutput, type FlatCells } from "../client/flatten-output";
import type { CachedRun } from "../run-cache/cached-run";
import { cachedRunBatches, type CachedRunBatchesParams } from "./cached-run-batches";
import { csvRecord } from "../csv/csv";

export const CSV_RUN_COLUMNS = ["run_id", "status", "processor", "created_at", "modified_at", "error"] as const;

const EXACT = { mode: "exact" } as const;
const BOM = "\uFEFF";

export type CsvLinesParams = Omit<CachedRunBatchesParams, "fields" | "maxRuns"> & { bom?: boolean };

/**
 * The CSV of the runs, a batch of records per chunk. The columns are the run's own, then every
 * `input.<key>` and `output.<field>` any matching run has (nested objects as dotted keys), in the
 * order first seen. They come from a first pass over the cache that keeps only the column names,
 * since runs of one group may have different specs and auto schemas pick their own fields; the
 * second pass writes the same runs (at most as many as the first saw, in the same order).
 */
export async function* csvLines({ bom = false, ...query }: CsvLinesParams): AsyncGenerator<string> {
  const fields = { input: true, output: true };
  const inputs = new ColumnSet();
  const outputs = new ColumnSet();
  let runs = 0;
  for await (const batch of cachedRunBatches({ ...query, fields })) {
    for (const item of batch) {
      inputs.add(flattenInput(item.input?.input, EXACT));
      outputs.add(flattenOutput(item.output, EXACT));
    }
    runs += batch.length;
  }
  const dataColumns = [...inputs.keys, ...outputs.keys];
  yield (bom ? BOM : "") + csvRecord([...CSV_RUN_COLUMNS, ...dataColumns]);
  if (runs === 0) return;
  for await (const batch of cachedRunBatches({ ...query, fields, maxRuns: runs })) {
    yield batch.map((item) => csvRecord(csvValues(item, dataColumns))).join("");
  }
}

function csvValues({ run, input, output }: CachedRun, dataColumns: string[]): string[] {
  const cells: FlatCells = { ...flattenInput(input?.input, EXACT), ...flattenOutput(output, EXACT) };
  return [
    run.run_id,
    run.status,
    run.processor,
    run.created_at ?? "",
    run.modified_at ?? "",
    run.error?.message ?? "",
    ...dataColumns.map((column) => cells[column] ?? ""),
  ];
}
