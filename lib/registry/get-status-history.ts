import "server-only";
import type { StatusSample } from "../contracts/group-history";
import type { ConsoleDatabase } from "./database-schema";

export type { StatusSample };

/** The group's downsampled status counts over time, oldest first (at most MAX_STATUS_SAMPLES + 1). */
export async function getStatusHistory({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<StatusSample[]> {
  const rows = await db
    .selectFrom("status_samples")
    .select(["at_ms", "num_runs", "counts"])
    .where("group_id", "=", groupId)
    .orderBy("at_ms", "asc")
    .execute();
  return rows.map((row) => ({
    at_ms: Number(row.at_ms),
    num_runs: Number(row.num_runs),
    counts: JSON.parse(row.counts) as StatusSample["counts"],
  }));
}
