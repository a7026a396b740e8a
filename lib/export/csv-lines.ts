import "server-only";
import { cellText, ColumnSet, flattenInput, flattenOutput, type FlatCells } from "../client/flatten-output";
import type { CachedRun } from "../run-cache/cached-run";
import { cachedRunBatches, type CachedRunBatchesParams } from "./cached-run-batches";
import { csvRecord } from "../csv/csv";
import type { ReviewDecisionRecord } from "../contracts/group-review";
import { decisionsForRuns, reviewedFieldsOf } from "../review/run-decisions.server";

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
 * A group with review decisions gets a `reviewed` column (`field=decision; …`) and a
 * `reviewed.<field>` column per reviewed field; the output columns keep the original answers.
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
  const reviewed = await reviewedFieldsOf(query);
  const reviewColumns = reviewed.length > 0 ? ["reviewed", ...reviewed.map((field) => `reviewed.${field}`)] : [];
  yield (bom ? BOM : "") + csvRecord([...CSV_RUN_COLUMNS, ...dataColumns, ...reviewColumns]);
  if (runs === 0) return;
  for await (const batch of cachedRunBatches({ ...query, fields, maxRuns: runs })) {
    const decisions =
      reviewed.length > 0 ? await decisionsForRuns({ ...query, runIds: batch.map((item) => item.run.run_id) }) : new Map<string, never>();
    yield batch
      .map((item) => {
        const review = reviewed.length > 0 ? reviewValues(decisions.get(item.run.run_id), reviewed) : [];
        return csvRecord([...csvValues(item, dataColumns), ...review]);
      })
      .join("");
  }
}

function reviewValues(decisions: Map<string, ReviewDecisionRecord> | undefined, reviewed: readonly string[]): string[] {
  const summary = [...(decisions?.entries() ?? [])].map(([field, record]) => `${field}=${record.decision}`).join("; ");
  return [summary, ...reviewed.map((field) => cellText(decisions?.get(field)?.reviewedValue, EXACT))];
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
