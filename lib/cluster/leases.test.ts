import { beforeEach, describe, expect, it } from "vitest";
import type { ConsoleDatabase } from "../registry/database-schema";
import { acquireLease, leaseHolder, releaseLease, renewLease } from "./leases";
import { openTwoInstancesDatabase } from "./two-instances-database";

// Two handles on one database file stand for two console instances; the clock is a number
// handed in, so expiry is exact and nothing waits.

const TTL_MS = 1_000;
const name = "ingest:tgrp_leases";
let a: ConsoleDatabase;
let b: ConsoleDatabase;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ a, b, close } = await openTwoInstancesDatabase());
  return close;
});

describe("a named lease", () => {
  it("has one holder until it expires, then the other instance takes it over", async () => {
    expect(await acquireLease({ db: a, name, holder: "A", nowMs: 0, ttlMs: TTL_MS })).toBe(true);
    expect(await acquireLease({ db: b, name, holder: "B", nowMs: 10, ttlMs: TTL_MS })).toBe(false);
    expect(await acquireLease({ db: b, name, holder: "B", nowMs: TTL_MS - 1, ttlMs: TTL_MS })).toBe(false);
    expect(await leaseHolder({ db: b, name, nowMs: TTL_MS - 1 })).toBe("A");

    expect(await acquireLease({ db: b, name, holder: "B", nowMs: TTL_MS, ttlMs: TTL_MS })).toBe(true);
    expect(await leaseHolder({ db: a, name, nowMs: TTL_MS })).toBe("B");
  });

  it("is renewed by its holder, which keeps others out past the first expiry", async () => {
    await acquireLease({ db: a, name, holder: "A", nowMs: 0, ttlMs: TTL_MS });
    expect(await renewLease({ db: a, name, holder: "A", nowMs: 900, ttlMs: TTL_MS })).toBe(true);
    expect(await acquireLease({ db: b, name, holder: "B", nowMs: 1_500, ttlMs: TTL_MS })).toBe(false);
    // Acquiring again is a renewal for the holder.
    expect(await acquireLease({ db: a, name, holder: "A", nowMs: 1_800, ttlMs: TTL_MS })).toBe(true);
    expect(await acquireLease({ db: b, name, holder: "B", nowMs: 2_700, ttlMs: TTL_MS })).toBe(false);
  });

  it("cannot be renewed once it expired or was taken over: the old holder learns it lost it", async () => {
    await acquireLease({ db: a, name, holder: "A", nowMs: 0, ttlMs: TTL_MS });
    expect(await renewLease({ db: a, name, holder: "A", nowMs: TTL_MS, ttlMs: TTL_MS })).toBe(false);
    await acquireLease({ db: b, name, holder: "B", nowMs: TTL_MS, ttlMs: TTL_MS });
    expect(await renewLease({ db: a, name, holder: "A", nowMs: TTL_MS + 1, ttlMs: TTL_MS })).toBe(false);
    expect(await renewLease({ db: b, name, holder: "B", nowMs: TTL_MS + 1, ttlMs: TTL_MS })).toBe(true);
  });

  it("released, is free at once for another instance; a release by a non-holder changes nothing", async () => {
    await acquireLease({ db: a, name, holder: "A", nowMs: 0, ttlMs: TTL_MS });
    await releaseLease({ db: b, name, holder: "B" });
    expect(await leaseHolder({ db: b, name, nowMs: 1 })).toBe("A");
    await releaseLease({ db: a, name, holder: "A" });
    expect(await acquireLease({ db: b, name, holder: "B", nowMs: 2, ttlMs: TTL_MS })).toBe(true);
  });

  it("is won by exactly one of many instances racing for it", async () => {
    const holders = Array.from({ length: 8 }, (_, i) => `I${i}`);
    const won = await Promise.all(
      holders.map((holder, i) => acquireLease({ db: i % 2 === 0 ? a : b, name, holder, nowMs: 0, ttlMs: TTL_MS })),
    );
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it("names are independent", async () => {
    expect(await acquireLease({ db: a, name: "leader:alerts", holder: "A", nowMs: 0, ttlMs: TTL_MS })).toBe(true);
    expect(await acquireLease({ db: b, name: "leader:settle", holder: "B", nowMs: 0, ttlMs: TTL_MS })).toBe(true);
  });
});
