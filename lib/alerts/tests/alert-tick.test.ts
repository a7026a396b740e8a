import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConsoleDatabase } from "../../registry/database-schema";
import { openConsoleDatabase } from "../../registry/open-console-database";
import { alertTick, type AlertTickDeps } from "../alert-tick";
import { addDestination, addRule, fakeClock, putGroup, recordingSender, type FakeClock, type RecordingSender } from "./alert-test-support";

// The watcher's tick against a real database with a fake clock: once per occurrence (also from two
// watchers on one database file), stall timing, team defaults, and retries with backoff.

const MINUTE_MS = 60_000;
const RETRY = { baseMs: 1_000, maxAttempts: 3 };

let dir: string;
let db: ConsoleDatabase;
let clock: FakeClock;
let sender: RecordingSender;

const deps = (over: Partial<AlertTickDeps> = {}): AlertTickDeps => ({
  db,
  nowMs: clock.now,
  refreshGroup: async () => {},
  send: sender.send,
  retry: RETRY,
  ...over,
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "alert-tick-"));
  db = await openConsoleDatabase(path.join(dir, "console.db"));
  clock = fakeClock();
  sender = recordingSender();
});
afterEach(async () => {
  await db.destroy();
  await rm(dir, { recursive: true, force: true });
});

const firings = () => db.selectFrom("alert_firings").selectAll().execute();
const deliveries = () => db.selectFrom("alert_deliveries").selectAll().execute();

describe("alertTick", () => {
  it("fires 'finished' once when a watched group finishes, however many ticks see it", async () => {
    const { destination } = await addDestination(db);
    await putGroup(db, "tgrp_a", { isActive: true, counts: { running: 3 }, name: "Leads" });
    await addRule(db, "tgrp_a", { kind: "finished" }, [destination.id]);
    expect(await alertTick(deps())).toEqual({ fired: 0, sent: 0 });

    await putGroup(db, "tgrp_a", { isActive: false, counts: { completed: 3 } });
    expect(await alertTick(deps())).toEqual({ fired: 1, sent: 1 });
    for (let i = 0; i < 3; i++) expect(await alertTick(deps())).toEqual({ fired: 0, sent: 0 });
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0].payload).toMatchObject({ groupId: "tgrp_a", groupName: "Leads", kind: "finished" });
  });

  it("fires 'finished' for a group that started and ended between two ticks (a live view recorded both)", async () => {
    const { destination } = await addDestination(db);
    await addRule(db, null, { kind: "finished" }, [destination.id]);
    await putGroup(db, "tgrp_quick", { isActive: true, counts: { running: 2 } });
    await putGroup(db, "tgrp_quick", { isActive: false, counts: { completed: 2 } });
    expect(await alertTick(deps())).toEqual({ fired: 1, sent: 1 });
    expect(await alertTick(deps())).toEqual({ fired: 0, sent: 0 });
  });

  it("never fires 'finished' for a group that had finished before anyone watched it", async () => {
    const { destination } = await addDestination(db);
    await addRule(db, null, { kind: "finished" }, [destination.id]);
    await putGroup(db, "tgrp_old", { isActive: false, counts: { completed: 3 } });
    expect(await alertTick(deps())).toEqual({ fired: 0, sent: 0 });
  });

  it("fires once from concurrent ticks, and from a second watcher on the same database file (a restart, another instance)", async () => {
    const { destination } = await addDestination(db);
    await addRule(db, null, { kind: "failure_rate", percent: 25, minTerminalRuns: 4 }, [destination.id]);
    await putGroup(db, "tgrp_b", { isActive: true, counts: { failed: 2, completed: 2, running: 6 } });
    const concurrent = await Promise.all([alertTick(deps()), alertTick(deps()), alertTick(deps())]);
    expect(concurrent.reduce((sum, r) => sum + r.fired, 0)).toBe(1);
    // better-sqlite3 waits for a lock synchronously, so a second connection in this process ticks after the first.
    const other = await openConsoleDatabase(path.join(dir, "console.db"));
    try {
      expect(await alertTick(deps({ db: other }))).toEqual({ fired: 0, sent: 0 });
    } finally {
      await other.destroy();
    }
    expect(await firings()).toHaveLength(1);
    expect(sender.sent).toHaveLength(1);
  });

  it("fires 'stalled' N minutes after the last run finished, once per stall", async () => {
    const { destination } = await addDestination(db);
    await putGroup(db, "tgrp_c", { isActive: true, counts: { completed: 1, running: 4 } });
    await addRule(db, "tgrp_c", { kind: "stalled", minutes: 10 }, [destination.id]);
    await alertTick(deps());
    clock.advance(9 * MINUTE_MS);
    expect((await alertTick(deps())).fired).toBe(0);
    clock.advance(MINUTE_MS);
    expect((await alertTick(deps())).fired).toBe(1);
    clock.advance(30 * MINUTE_MS);
    expect((await alertTick(deps())).fired).toBe(0);

    // A run finishes: the clock starts again, and a second stall is a second occurrence.
    await putGroup(db, "tgrp_c", { isActive: true, counts: { completed: 2, running: 3 } });
    await alertTick(deps());
    clock.advance(10 * MINUTE_MS);
    expect((await alertTick(deps())).fired).toBe(1);
    expect((await firings()).map((f) => f.kind)).toEqual(["stalled", "stalled"]);
  });

  it("lets a group's own rule replace the team default of its kind", async () => {
    const { destination } = await addDestination(db);
    await addRule(db, null, { kind: "failure_rate", percent: 10, minTerminalRuns: 1 }, [destination.id]);
    await putGroup(db, "tgrp_noisy", { isActive: true, counts: { failed: 1, completed: 1, running: 1 } });
    await addRule(db, "tgrp_noisy", { kind: "failure_rate", percent: 60, minTerminalRuns: 1 }, [destination.id]);
    await putGroup(db, "tgrp_quiet", { isActive: true, counts: { failed: 1, completed: 1, running: 1 } });
    await alertTick(deps());
    expect((await firings()).map((f) => f.group_id)).toEqual(["tgrp_quiet"]);
  });

  it("retries a failed delivery with doubling waits, then gives up after the last attempt", async () => {
    const { destination } = await addDestination(db);
    await addRule(db, null, { kind: "failure_rate", percent: 0, minTerminalRuns: 1 }, [destination.id]);
    await putGroup(db, "tgrp_d", { isActive: true, counts: { failed: 1, running: 1 } });
    sender.failNext(10);
    const start = clock.now();
    await alertTick(deps());
    let [delivery] = await deliveries();
    expect(delivery).toMatchObject({ state: "pending", attempts: 1, last_error: "receiver answered HTTP 503" });
    expect(Number(delivery.next_attempt_at_ms)).toBe(start + 1_000);

    clock.advance(999);
    await alertTick(deps());
    expect((await deliveries())[0].attempts).toBe(1);
    clock.advance(1);
    await alertTick(deps());
    [delivery] = await deliveries();
    expect(delivery).toMatchObject({ state: "pending", attempts: 2 });
    expect(Number(delivery.next_attempt_at_ms)).toBe(clock.now() + 2_000);

    clock.advance(2_000);
    await alertTick(deps());
    expect((await deliveries())[0]).toMatchObject({ state: "failed", attempts: 3 });
    clock.advance(60 * MINUTE_MS);
    await alertTick(deps());
    expect((await deliveries())[0].attempts).toBe(3);
  });

  it("sends a retried delivery once the receiver recovers, with the same id", async () => {
    const { destination } = await addDestination(db);
    await addRule(db, null, { kind: "spend", usd: 0 }, [destination.id]);
    await putGroup(db, "tgrp_e", { isActive: true, counts: { running: 1 } });
    await db
      .insertInto("spend_reservations")
      .values({
        id: "r1",
        member_id: null,
        member_email: null,
        group_id: "tgrp_e",
        state: "settled",
        runs: 1,
        cost_micro_usd: 5_000,
        at_ms: 0,
        updated_at_ms: 0,
      })
      .execute();
    sender.failNext(1);
    await alertTick(deps());
    clock.advance(1_000);
    await alertTick(deps());
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ state: "sent", attempts: 2, last_error: null });
    expect(sender.sent.map((s) => s.payload.deliveryId)).toEqual([delivery.id]);
  });

  it("does nothing while the leader gate says no", async () => {
    const { destination } = await addDestination(db);
    await addRule(db, null, { kind: "failure_rate", percent: 0, minTerminalRuns: 1 }, [destination.id]);
    await putGroup(db, "tgrp_f", { isActive: true, counts: { failed: 1 } });
    expect(await alertTick(deps({ mayRun: async () => false }))).toEqual({ fired: 0, sent: 0 });
    expect(await firings()).toHaveLength(0);
  });
});
