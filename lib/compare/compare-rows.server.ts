import "server-only";
import { z } from "zod";
import type { CompareRow, CompareRowsPage } from "../contracts/compare";
import type { ConsoleDatabase } from "../registry/database-schema";
import { decodeCursor, encodeCursor } from "../registry/opaque-cursor";
import { requireGroup } from "../registry/get-group";
import { confidenceLevelOf } from "./confidence-histogram";
import { differingFields } from "./field-figures";
import type { MatchBy } from "./match-key";
import { readMatchedRows, type MatchedRow } from "./matched-runs.server";

/** Matched rows one request looks at, at most, to fill a filtered page; the cursor continues after them. */
export const MAX_SCANNED_ROWS_PER_PAGE = 10_000;
const SCAN_BATCH_ROWS = 500;

export interface CompareRowsParams {
  db: ConsoleDatabase;
  groupIds: readonly string[];
  matchBy: MatchBy;
  cursor?: string;
  limit: number;
  show: "all" | "disagreements";
  field?: string;
  low?: number;
}

const cursorSchema = z.tuple([z.number().int().min(-1)]);

/** A page of matched rows, first group's order, filtered on the server (disagreements, low confidence). */
export async function compareRows(params: CompareRowsParams): Promise<CompareRowsPage> {
  const { db, groupIds, matchBy, limit } = params;
  await Promise.all(groupIds.map((groupId) => requireGroup({ db, groupId })));
  let [after] = params.cursor ? decodeCursor(params.cursor, cursorSchema) : [-1];
  const items: CompareRow[] = [];
  const unfiltered = params.show === "all" && params.low === undefined;
  let scanned = 0;
  let more = true;
  scan: while (scanned < MAX_SCANNED_ROWS_PER_PAGE) {
    // One row past the page tells whether another page follows.
    const batchRows = unfiltered ? limit + 1 - items.length : SCAN_BATCH_ROWS;
    const rows = await readMatchedRows({ db, groupIds, matchBy, afterPosition: after, limit: batchRows, detail: "full" });
    for (const row of rows) {
      if (items.length === limit) break scan;
      scanned += 1;
      after = row.position;
      const compared = toCompareRow(row, params.field);
      if (keeps(compared, row, params)) items.push(compared);
    }
    if (rows.length < batchRows) {
      more = false;
      break;
    }
  }
  return { items, nextCursor: more ? encodeCursor([after]) : null, scanned };
}

function toCompareRow(row: MatchedRow, field: string | undefined): CompareRow {
  const differing = differingFields(row.runs.map((run) => run.fields));
  return {
    key: row.key,
    runs: row.runs.map(({ runId, status, output }) => ({ runId, status, output })),
    differing: field === undefined ? differing : differing.filter((name) => name === field),
  };
}

function keeps(compared: CompareRow, row: MatchedRow, { show, field, low }: CompareRowsParams): boolean {
  if (show === "disagreements" && compared.differing.length === 0) return false;
  if (low === undefined) return true;
  const confidence = row.runs[low]?.fields?.confidence ?? {};
  const levels = field === undefined ? Object.values(confidence) : [confidence[field]];
  return levels.some((level) => confidenceLevelOf(level) === "low");
}
