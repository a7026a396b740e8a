import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ConsoleDatabase } from "../registry/database-schema";
import { openConsoleDatabase } from "../registry/open-console-database";

// Test-only (not collected as a test file): two handles on one database stand for two console
// instances, each with its own connection, as two processes would have.

export interface TwoInstancesDatabase {
  a: ConsoleDatabase;
  b: ConsoleDatabase;
  close(): Promise<void>;
}

/** A fresh SQLite file in a temporary folder, opened twice. */
export async function openTwoInstancesDatabase(): Promise<TwoInstancesDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "two-instances-"));
  const file = path.join(dir, "console.db");
  const a = await openConsoleDatabase(file);
  const b = await openConsoleDatabase(file);
  return {
    a,
    b,
    async close() {
      await a.destroy();
      await b.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
