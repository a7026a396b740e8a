import "server-only";
import { csvRecord } from "../csv/csv";
import { cellText } from "../client/flatten-output";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { MatchBy } from "./match-key";
import { readMatchedRows } from "./matched-runs.server";

const EXPORT_BATCH_ROWS = 1_000;

export interface ComparisonCsvParams {
  db: ConsoleDatabase;
  groupIds: readonly string[];
  matchBy: MatchBy;
  /** Output fields, in column order (the figures' fields). */
  fields: readonly string[];
}

/** Every matched row: the key, then per group its run id, status and one column per output field (`<group>.<field>`). */
export async function* comparisonCsv({ db, groupIds, matchBy, fields }: ComparisonCsvParams): AsyncGenerator<string> {
  yield csvRecord(["key", ...groupIds.flatMap((id) => [`${id}.run_id`, `${id}.status`, ...fields.map((field) => `${id}.${field}`)])]);
  let after = -1;
  for (;;) {
    const rows = await readMatchedRows({ db, groupIds, matchBy, afterPosition: after, limit: EXPORT_BATCH_ROWS, detail: "fields" });
    let text = "";
    for (const row of rows) {
      text += csvRecord([
        row.key,
        ...row.runs.flatMap((run) => [
          run.runId,
          run.status,
          ...fields.map((field) => cellText(run.fields?.values[field], { mode: "exact" })),
        ]),
      ]);
    }
    if (text) yield text;
    if (rows.length < EXPORT_BATCH_ROWS) return;
    after = rows[rows.length - 1].position;
  }
}
