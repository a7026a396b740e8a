import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";

export interface LeaseParams {
  /** The database, or the transaction a write is fenced in. */
  db: ConsoleDatabase;
  name: string;
  holder: string;
  nowMs: number;
}

/**
 * Takes the lease for `ttlMs` if it is free, expired or already ours (then it is renewed). One
 * statement (insert, or update only where expired or same holder), so two instances racing for it
 * on SQLite or PostgreSQL cannot both win. Answers whether `holder` holds it now.
 */
export async function acquireLease({ db, name, holder, nowMs, ttlMs }: LeaseParams & { ttlMs: number }): Promise<boolean> {
  const row = await db
    .insertInto("leases")
    .values({ name, holder, expires_at_ms: nowMs + ttlMs, acquired_at_ms: nowMs })
    .onConflict((oc) =>
      oc
        .column("name")
        .doUpdateSet((eb) => ({
          holder: eb.ref("excluded.holder"),
          expires_at_ms: eb.ref("excluded.expires_at_ms"),
          acquired_at_ms: eb
            .case()
            .when("leases.holder", "=", holder)
            .then(eb.ref("leases.acquired_at_ms"))
            .else(eb.ref("excluded.acquired_at_ms"))
            .end(),
        }))
        .where((eb) => eb.or([eb("leases.expires_at_ms", "<=", nowMs), eb("leases.holder", "=", holder)])),
    )
    .returning("holder")
    .executeTakeFirst();
  return row?.holder === holder;
}

/**
 * Extends a lease `holder` still holds (not expired) by `ttlMs`; false once it was lost. Inside a
 * write transaction this is the fence: the update locks the lease row until the commit (PostgreSQL)
 * or the transaction holds the write lock (SQLite), so no other instance takes it over in between.
 */
export async function renewLease({ db, name, holder, nowMs, ttlMs }: LeaseParams & { ttlMs: number }): Promise<boolean> {
  const result = await db
    .updateTable("leases")
    .set({ expires_at_ms: nowMs + ttlMs })
    .where("name", "=", name)
    .where("holder", "=", holder)
    .where("expires_at_ms", ">", nowMs)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives the lease up at once (if `holder` has it), so another instance need not wait for it to expire. */
export async function releaseLease({ db, name, holder }: Omit<LeaseParams, "nowMs">): Promise<void> {
  await db.deleteFrom("leases").where("name", "=", name).where("holder", "=", holder).execute();
}

/** The current holder of a live lease, or null when it is free or expired. */
export async function leaseHolder({ db, name, nowMs }: Omit<LeaseParams, "holder">): Promise<string | null> {
  const row = await db.selectFrom("leases").select("holder").where("name", "=", name).where("expires_at_ms", ">", nowMs).executeTakeFirst();
  return row?.holder ?? null;
}
