import "server-only";
import type { RunStatus } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { CachedRun } from "../run-cache/cached-run";
import { getRunsPage } from "../run-cache/get-runs-page";

/** Runs read per query: a few MB of JSON at most, so memory stays flat however large the group. */
export const EXPORT_BATCH_ROWS = 1_000;

export interface CachedRunBatchesParams {
  db: ConsoleDatabase;
  groupId: string;
  status?: RunStatus;
  q?: string;
  fields: { input: boolean; output: boolean };
  /** Stop after this many runs (the second pass of a CSV export reads exactly the runs of the first). */
  maxRuns?: number;
  batchRows?: number;
}

/** The group's cached runs matching the filters, in stream order, a batch at a time (keyset paging). */
export async function* cachedRunBatches({
  maxRuns = Infinity,
  batchRows = EXPORT_BATCH_ROWS,
  ...query
}: CachedRunBatchesParams): AsyncGenerator<CachedRun[]> {
  let cursor: string | undefined;
  let read = 0;
  while (read < maxRuns) {
    const limit = Math.min(batchRows, maxRuns - read);
    const page = await getRunsPage({ ...query, cursor, limit });
    if (page.items.length > 0) yield page.items;
    read += page.items.length;
    if (!page.nextCursor || page.items.length < limit) return;
    cursor = page.nextCursor;
  }
}
