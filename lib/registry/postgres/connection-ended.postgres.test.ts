import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { createTestDatabaseLocation } from "../../testing/test-console-database";
import { openConsoleDatabase } from "../open-console-database";

// PostgreSQL only: the server ends the console's idle connections (as a restart or failover does).
describe("a console database whose idle connections the server ends", () => {
  it("keeps the process up, says so, and answers the next query on a new connection", async () => {
    const { location, drop } = await createTestDatabaseLocation();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const db = await openConsoleDatabase(location);
    try {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
      const admin = new pg.Client({ connectionString: location });
      await admin.connect();
      try {
        await admin.query("select pg_terminate_backend($1)", [rows[0].pid]);
      } finally {
        await admin.end();
      }
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringContaining("an idle PostgreSQL connection ended")));
      const after = await sql<{ answer: number }>`select 1 as answer`.execute(db);
      expect(after.rows).toEqual([{ answer: 1 }]);
    } finally {
      logged.mockRestore();
      await db.destroy();
      await drop();
    }
  });
});
