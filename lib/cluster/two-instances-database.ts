import type { ConsoleDatabase } from "../registry/database-schema";
import { openConsoleDatabase } from "../registry/open-console-database";
import { createTestDatabaseLocation } from "../testing/test-console-database";

// Test-only (not collected as a test file): two handles on one database stand for two console
// instances, each with its own connection, as two processes would have.

export interface TwoInstancesDatabase {
  a: ConsoleDatabase;
  b: ConsoleDatabase;
  close(): Promise<void>;
}

/** A fresh database (a SQLite file, or one on TEST_DATABASE_URL's server), opened twice. */
export async function openTwoInstancesDatabase(): Promise<TwoInstancesDatabase> {
  const { location, drop } = await createTestDatabaseLocation();
  const a = await openConsoleDatabase(location);
  const b = await openConsoleDatabase(location);
  return {
    a,
    b,
    async close() {
      await a.destroy();
      await b.destroy();
      await drop();
    },
  };
}
