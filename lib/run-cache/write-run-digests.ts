import "server-only";
import type { Insertable } from "kysely";
import type { ConsoleDatabase, RunDigestsTable } from "../registry/database-schema";

/** Stores runs' digests, replacing an older digest of the same run (the run's newer state). */
export async function writeRunDigests(db: ConsoleDatabase, digests: Insertable<RunDigestsTable>[]): Promise<void> {
  if (digests.length === 0) return;
  await db
    .insertInto("run_digests")
    .values(digests)
    .onConflict((conflict) =>
      conflict.columns(["group_id", "position"]).doUpdateSet((eb) => ({
        run_id: eb.ref("excluded.run_id"),
        status: eb.ref("excluded.status"),
        processor: eb.ref("excluded.processor"),
        latency_ms: eb.ref("excluded.latency_ms"),
        source_key: eb.ref("excluded.source_key"),
        row_key: eb.ref("excluded.row_key"),
        field_names: eb.ref("excluded.field_names"),
        field_values: eb.ref("excluded.field_values"),
        field_levels: eb.ref("excluded.field_levels"),
      })),
    )
    .execute();
}
