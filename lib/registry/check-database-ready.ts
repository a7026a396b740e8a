import "server-only";
import type { ConsoleDatabase } from "./database-schema";
import { fileGuardOf } from "./open-console-database";

/**
 * Throws unless the console database is still the file that was opened and takes a write: one row
 * is rewritten, so a full disk, a read-only database or an I/O error shows up here (as the 503 that
 * names it, see lib/http/database-error.ts) rather than on a user's request.
 */
export async function checkDatabaseReady(db: ConsoleDatabase): Promise<void> {
  fileGuardOf(db)?.assertIntact();
  const now = Date.now();
  await db
    .insertInto("readiness_probe")
    .values({ id: 1, checked_at_ms: now })
    .onConflict((oc) => oc.column("id").doUpdateSet({ checked_at_ms: now }))
    .execute();
}
