import "server-only";
import type { CompareFigures, ComparedGroup } from "../contracts/compare";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { requireGroup } from "../registry/get-group";
import { ensureIngestion } from "../run-cache/ingestion-jobs";
import { backfillRunDigests } from "./backfill-run-digests.server";
import { cachedFigures, cacheFigures } from "./compare-figures-cache.server";
import { createFieldFigures } from "./field-figures";
import { groupCacheVersion } from "./group-cache-version.server";
import { groupRunFigures } from "./group-run-figures.server";
import type { MatchBy } from "./match-key";
import { readMatchedDigests } from "./matched-digests.server";

export interface CompareGroupsParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupIds: readonly string[];
  matchBy: MatchBy;
}

/**
 * Per-field and per-group figures of a comparison, from the runs' digests (agreement, empty answers
 * and confidence levels over the matched rows): computed once per state of the groups' caches and
 * then served from memory. Groups still being cached are read on (ingestion
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

  for (const groupId of groupIds) await backfillRunDigests({ db, groupId });
  const groups: ComparedGroup[] = await Promise.all(
    entries.map(async (entry, index) => ({
      id: entry.taskgroup_id,
      name: entry.name,
      ...(await groupRunFigures({ db, groupId: entry.taskgroup_id })),
      final: versions[index].final,
    })),
  );

  const fields = createFieldFigures(groupIds.length);
  let matched = 0;
  for await (const rows of readMatchedDigests({ db, groupIds, matchBy })) {
    for (const row of rows) fields.addPacked(row);
    matched += rows.length;
  }
  const figures: CompareFigures = { groups, matched, fields: fields.result(), version, computedAt: new Date().toISOString() };
  cacheFigures(db, key, figures);
  return figures;
}
