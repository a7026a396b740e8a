import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsoleDatabase } from "../registry/database-schema";
import { leaderTurn, runAsLeader, type LeaderLoop } from "./run-as-leader";
import { openTwoInstancesDatabase } from "./two-instances-database";

// Two handles on one database file stand for two console instances, A and B.

const TTL_MS = 1_000;
// Far above any pause a loaded machine causes between two turns of the leader.
const LOOP_TTL_MS = 30_000;
const A = { holder: "A", ttlMs: TTL_MS };
const B = { holder: "B", ttlMs: TTL_MS };
let a: ConsoleDatabase;
let b: ConsoleDatabase;
let close: () => Promise<void>;
const loops: LeaderLoop[] = [];

beforeEach(async () => {
  ({ a, b, close } = await openTwoInstancesDatabase());
});
afterEach(async () => {
  await Promise.all(loops.splice(0).map((loop) => loop.stop()));
  await close();
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("background work run as leader", () => {
  it("ticks on one instance only, and on the other once the leader stopped renewing for a TTL", async () => {
    const ticks: string[] = [];
    const turn = (db: ConsoleDatabase, lease: typeof A, nowMs: number) =>
      leaderTurn({ db, name: "sweep", lease, nowMs, tick: async () => void ticks.push(lease.holder) });

    expect(await turn(a, A, 0)).toBe(true);
    expect(await turn(b, B, 100)).toBe(false);
    expect(await turn(a, A, 900)).toBe(true);
    expect(await turn(b, B, 1_500)).toBe(false);
    // A dies after its turn at 900 ms: its lease runs until 1,900 ms.
    expect(await turn(b, B, 1_899)).toBe(false);
    expect(await turn(b, B, 1_900)).toBe(true);
    expect(ticks).toEqual(["A", "A", "B"]);
  });

  it("keeps one leader while both loops run, and hands over at once when the leader stops", async () => {
    const ticks = { A: 0, B: 0 };
    loops.push(
      runAsLeader({ db: a, name: "sweep", intervalMs: 10, lease: { ...A, ttlMs: LOOP_TTL_MS }, tick: async () => void ticks.A++ }),
    );
    await until(() => ticks.A > 0, "A leads");
    const loopOfB = runAsLeader({
      db: b,
      name: "sweep",
      intervalMs: 10,
      lease: { ...B, ttlMs: LOOP_TTL_MS },
      tick: async () => void ticks.B++,
    });
    loops.push(loopOfB);
    await until(() => ticks.A >= 20, "A ticked 20 times");
    expect(ticks.B).toBe(0);

    await loops.shift()!.stop();
    await until(() => ticks.B > 0, "B leads");
  });
});
