import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { usdToMicro } from "@/lib/parallel/price-table";
import type { ConsoleDatabase } from "@/lib/registry/database-schema";
import { openTestConsoleDatabase } from "@/lib/testing/test-console-database";
import { memberSubject, setBudget } from "../budgets";
import { reserveSpend } from "../reserve-spend";

let db: ConsoleDatabase;
beforeAll(async () => {
  db = await openTestConsoleDatabase();
});
afterAll(() => db.destroy());

const member = { id: "m_carol", email: "carol@example.com" };
const batch = (groupId: string) => ({ member, groupId, lines: [{ processor: "lite", runs: 1_000, costMicroUsd: usdToMicro(5) }] });

describe("reserveSpend", () => {
  it("never lets concurrent reservations past a cap together, however their awaits interleave", async () => {
    await setBudget(db, memberSubject(member.id), usdToMicro(100));
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => reserveSpend(db, batch("tgrp_race"))));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(20);
    const refusals = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as AppError] : []));
    expect(refusals).toHaveLength(30);
    expect(refusals.every((e) => e instanceof AppError && e.code === "budget_exceeded" && e.status === 402)).toBe(true);
    expect(refusals[0]!.message).toBe(
      "Budget exceeded: the monthly cap of carol@example.com is $100.00, $100.00 is spent or reserved this month, and these 1,000 runs ask for $5.00.",
    );
  });
});
