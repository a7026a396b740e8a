import "server-only";
import type { ReviewDecisionRecord } from "../contracts/group-review";
import type { ConsoleDatabase } from "../registry/database-schema";
import { toDecisionRecord } from "./decision-record";

/** Output fields that have at least one decision in the group, sorted: the export's extra columns. */
export async function reviewedFieldsOf({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<string[]> {
  const rows = await db
    .selectFrom("review_decisions")
    .select("field")
    .distinct()
    .where("group_id", "=", groupId)
    .orderBy("field")
    .execute();
  return rows.map((row) => row.field);
}

/** The decisions on these runs: run id → field → decision. */
export async function decisionsForRuns({
  db,
  groupId,
  runIds,
}: {
  db: ConsoleDatabase;
  groupId: string;
  runIds: readonly string[];
}): Promise<Map<string, Map<string, ReviewDecisionRecord>>> {
  const byRun = new Map<string, Map<string, ReviewDecisionRecord>>();
  if (runIds.length === 0) return byRun;
  const rows = await db
    .selectFrom("review_decisions")
    .selectAll()
    .where("group_id", "=", groupId)
    .where("run_id", "in", [...runIds])
    .execute();
  for (const row of rows) {
    let fields = byRun.get(row.run_id);
    if (!fields) byRun.set(row.run_id, (fields = new Map()));
    fields.set(row.field, toDecisionRecord(row));
  }
  return byRun;
}
