import { describe, expect, it } from "vitest";
import { openConsoleDatabase } from "./open-console-database";
import { createTestDatabaseLocation } from "../testing/test-console-database";

describe("opening the console database", () => {
  it("keeps integers of 64 bits and reads counts and sums as numbers, as SQLite does", async () => {
    const { location, drop } = await createTestDatabaseLocation();
    const db = await openConsoleDatabase(location);
    try {
      const budgetMicroUsd = 5_000_000_000; // $5,000: beyond a 32-bit integer
      await db
        .insertInto("budgets")
        .values({ subject: "team", monthly_micro_usd: budgetMicroUsd, updated_at_ms: Date.UTC(2026, 0, 1) })
        .execute();
      const row = await db
        .selectFrom("budgets")
        .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.sum<number>("monthly_micro_usd").as("total"), "updated_at_ms"])
        .groupBy("updated_at_ms")
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ n: 1, total: budgetMicroUsd, updated_at_ms: Date.UTC(2026, 0, 1) });
    } finally {
      await db.destroy();
      await drop();
    }
  });
});
