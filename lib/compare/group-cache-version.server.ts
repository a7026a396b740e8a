import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";

/**
 * What identifies the state of a group's cached runs: a final group never changes, so its version is
 * its run count; otherwise the counts of runs, active runs and stored outputs, and the last ingestion
 * write. Comparison figures are reused while every compared group keeps its version.
 */
export async function groupCacheVersion({
  db,
  groupId,
}: {
  db: ConsoleDatabase;
  groupId: string;
}): Promise<{ version: string; final: boolean }> {
  const state = await db
    .selectFrom("run_ingest")
    .select(["final", "ingested_count", "updated_at_ms"])
    .where("group_id", "=", groupId)
    .executeTakeFirst();
  if (state?.final === 1) return { version: `final:${Number(state.ingested_count)}`, final: true };
  const counts = await db
    .selectFrom("runs")
    .select((eb) => [
      eb.fn.countAll<number>().as("runs"),
      eb.fn.sum<number>("is_active").as("active"),
      eb.fn.count<number>("output").as("outputs"),
    ])
    .where("group_id", "=", groupId)
    .executeTakeFirstOrThrow();
  return {
    version: `${Number(counts.runs)}:${Number(counts.active ?? 0)}:${Number(counts.outputs)}:${Number(state?.updated_at_ms ?? 0)}`,
    final: false,
  };
}
