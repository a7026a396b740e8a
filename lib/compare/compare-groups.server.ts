import "server-only";
import type { CompareFigures, ComparedGroup } from "../contracts/compare";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { requireGroup } from "../registry/get-group";
import { ensureIngestion } from "../run-cache/ingestion-jobs";
import { cachedFigures, cacheFigures } from "./compare-figures-cache.server";
import { emptyHistogram } from "./confidence-histogram";
import { confidenceHistograms } from "./confidence-histograms.server";
import { createFieldFigures } from "./field-figures";
import { groupFigures, latencyMsOf } from "./group-figures";
import { groupCacheVersion } from "./group-cache-version.server";
import type { MatchBy } from "./match-key";
import { readMatchedRows } from "./matched-runs.server";

/** Matched rows read per query while computing figures: each query re-reads the other groups' keys, so fewer is faster; 10,000 compact rows are a few MB. */
export const FIGURES_BATCH_ROWS = 10_000;

export interface CompareGroupsParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupIds: readonly string[];
  matchBy: MatchBy;
}

/**
 * Per-field and per-group figures of a comparison, from the run cache (agreement and empty answers
 * over the matched rows; confidence levels over each group's answered runs): computed once per state of
 * the groups' caches and then served from memory. Groups still being cached are read on (ingestion
 * is started), and their figures say they are not final.
 */
export async function compareGroups({ db, target, groupIds, matchBy }: CompareGroupsParams): Promise<CompareFigures> {
  const entries = await Promise.all(groupIds.map((groupId) => requireGroup({ db, groupId })));
  const versions = await Promise.all(groupIds.map((groupId) => groupCacheVersion({ db, groupId })));
  groupIds.forEach((groupId, index) => {
    if (!versions[index].final) void ensureIngestion({ db, target, groupId });
  });
  const key = JSON.stringify([groupIds, matchBy]);
  const version = versions.map((v) => v.version).join("|");
  const cached = cachedFigures(db, key, version);
  if (cached) return cached;

  const groups: ComparedGroup[] = await Promise.all(
    entries.map(async (entry, index) => {
      const runs = await db
        .selectFrom("runs")
        .select(["processor", "status", "created_at", "modified_at"])
        .where("group_id", "=", entry.taskgroup_id)
        .execute();
      return {
        id: entry.taskgroup_id,
        name: entry.name,
        processors: [...new Set(runs.map((run) => run.processor))].sort(),
        figures: groupFigures(runs.map((run) => ({ ...run, latencyMs: latencyMsOf(run.created_at, run.modified_at, run.status) }))),
        final: versions[index].final,
      };
    }),
  );

  const fields = createFieldFigures(groupIds.length);
  let matched = 0;
  let after = -1;
  for (;;) {
    const rows = await readMatchedRows({ db, groupIds, matchBy, afterPosition: after, limit: FIGURES_BATCH_ROWS, detail: "fields" });
    for (const row of rows) fields.add(row.runs.map((run) => run.fields));
    matched += rows.length;
    if (rows.length < FIGURES_BATCH_ROWS) break;
    after = rows[rows.length - 1].position;
  }

  const histograms = await Promise.all(groupIds.map((groupId) => confidenceHistograms({ db, groupId })));
  const fieldFigures = fields.result().map((field) => ({
    ...field,
    groups: field.groups.map((group, index) => ({ ...group, confidence: histograms[index].get(field.field) ?? emptyHistogram() })),
  }));
  const figures: CompareFigures = { groups, matched, fields: fieldFigures, version, computedAt: new Date().toISOString() };
  cacheFigures(db, key, figures);
  return figures;
}
