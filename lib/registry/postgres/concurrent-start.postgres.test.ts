import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDatabaseLocation } from "../../testing/test-console-database";
import { CONSOLE_MIGRATIONS } from "../console-migrations";
import { openConsoleDatabase } from "../open-console-database";

// PostgreSQL only (`*.postgres.test.ts` run in the PostgreSQL suite alone): on SQLite one process
// owns its file.
describe("instances starting together on one PostgreSQL database", () => {
  it("migrate it once, and both answer", async () => {
    const { location, drop } = await createTestDatabaseLocation();
    try {
      const [a, b] = await Promise.all([openConsoleDatabase(location), openConsoleDatabase(location)]);
      try {
        const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(a);
        expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(CONSOLE_MIGRATIONS).sort());
        await a.insertInto("console_settings").values({ name: "written-by", value: "a" }).execute();
        expect(await b.selectFrom("console_settings").select("value").where("name", "=", "written-by").executeTakeFirst()).toEqual({
          value: "a",
        });
      } finally {
        await a.destroy();
        await b.destroy();
      }
    } finally {
      await drop();
    }
  });
});
