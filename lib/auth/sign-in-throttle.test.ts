import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestConsoleDatabase } from "../testing/test-console-database";
import type { ConsoleDatabase } from "../registry/database-schema";
import { checkSignInThrottle, clearAccountFailures, recordSignInFailure } from "./sign-in-throttle";

const MINUTE_MS = 60_000;
let db: ConsoleDatabase;
beforeEach(async () => {
  db = await openTestConsoleDatabase();
});
afterEach(() => db.destroy());

async function fail(times: number, email: string, ip: string, atMs: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await recordSignInFailure(db, email, ip, atMs);
}

describe("the sign-in throttle", () => {
  it("lets 5 failures through per account, then makes the account wait 30 s, doubling", async () => {
    const t0 = 1_000_000_000;
    await fail(4, "a@x.test", "1.1.1.1", t0);
    expect((await checkSignInThrottle(db, "a@x.test", "1.1.1.1", t0)).waitMs).toBe(0);
    await fail(1, "a@x.test", "1.1.1.1", t0);
    expect((await checkSignInThrottle(db, "A@X.test ", "2.2.2.2", t0 + 1_000)).waitMs).toBe(29_000);
    expect((await checkSignInThrottle(db, "a@x.test", "2.2.2.2", t0 + 30_000)).waitMs).toBe(0);
    await fail(1, "a@x.test", "2.2.2.2", t0 + 30_000);
    expect((await checkSignInThrottle(db, "a@x.test", "2.2.2.2", t0 + 30_000)).waitMs).toBe(60_000);
    // Other accounts are not slowed by a's failures.
    expect((await checkSignInThrottle(db, "b@x.test", "3.3.3.3", t0 + 30_000)).waitMs).toBe(0);
  });

  it("slows one address that tries many accounts", async () => {
    const t0 = 2_000_000_000;
    for (let i = 0; i < 20; i += 1) await recordSignInFailure(db, `user${i}@x.test`, "6.6.6.6", t0);
    expect((await checkSignInThrottle(db, "fresh@x.test", "6.6.6.6", t0)).waitMs).toBe(30_000);
    expect((await checkSignInThrottle(db, "fresh@x.test", "7.7.7.7", t0)).waitMs).toBe(0);
  });

  it("forgets failures after 15 minutes and when the account signs in", async () => {
    const t0 = 3_000_000_000;
    await fail(6, "c@x.test", "1.1.1.1", t0);
    expect((await checkSignInThrottle(db, "c@x.test", null, t0 + 15 * MINUTE_MS + 1)).waitMs).toBe(0);
    await fail(6, "d@x.test", "1.1.1.1", t0);
    await clearAccountFailures(db, "d@x.test");
    expect((await checkSignInThrottle(db, "d@x.test", null, t0)).waitMs).toBe(0);
  });
});
