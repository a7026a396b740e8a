import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";
import { groupFiguresOf, quantileRank, type GroupFigures } from "./group-figures";

/**
 * A group's cost, failure rate and latency quantiles from its run digests, counted in SQL: the
 * quantiles are single rows of the (group, latency) index, so nothing reads the group's runs.
 */
export async function groupRunFigures({
  db,
  groupId,
}: {
  db: ConsoleDatabase;
  groupId: string;
}): Promise<{ figures: GroupFigures; processors: string[] }> {
  const [counts, timed] = await Promise.all([
    db
      .selectFrom("run_digests")
      .select((eb) => ["processor", "status", eb.fn.countAll<number>().as("runs")])
      .where("group_id", "=", groupId)
      .groupBy(["processor", "status"])
      .execute(),
    db
      .selectFrom("run_digests")
      .select((eb) => eb.fn.count<number>("latency_ms").as("n"))
      .where("group_id", "=", groupId)
      .executeTakeFirstOrThrow(),
  ]);
  const latencyAtRank = async (rank: number): Promise<number | null> => {
    if (rank === 0) return null;
    const row = await db
      .selectFrom("run_digests")
      .select("latency_ms")
      .where("group_id", "=", groupId)
      .where("latency_ms", "is not", null)
      .orderBy("latency_ms")
      .limit(1)
      .offset(rank - 1)
      .executeTakeFirst();
    return row?.latency_ms === null || row === undefined ? null : Number(row.latency_ms);
  };
  const timedRuns = Number(timed.n);
  const [medianLatencyMs, p90LatencyMs] = await Promise.all([0.5, 0.9].map((q) => latencyAtRank(quantileRank(timedRuns, q))));
  return {
    figures: groupFiguresOf({
      counts: counts.map((row) => ({ processor: row.processor, status: row.status, runs: Number(row.runs) })),
      medianLatencyMs,
      p90LatencyMs,
    }),
    processors: [...new Set(counts.map((row) => row.processor))].sort(),
  };
}
