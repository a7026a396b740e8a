import { afterEach, describe, expect, it, vi } from "vitest";
import { startRecordingUpstream } from "@/lib/gateway/tests/gateway-harness";
import { openTestConsoleDatabase } from "@/lib/testing/test-console-database";
import { finishReservation } from "../finish-reservation";
import { reserveSpend } from "../reserve-spend";
import { settleAllLostReservations } from "../settle-all-lost-reservations";

// An add-runs answer lost while the upstream was down stays pending (counted against budgets)
// until something asks the upstream again: the leader's sweep does, with no further add-runs call.

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

describe("the sweep of lost add-runs answers", () => {
  it("settles the runs that arrived and releases the rest, group by group, leaving a group whose upstream fails pending", async () => {
    const runsUpstream: Record<string, number> = { tgrp_arrived: 2, tgrp_missing: 0 };
    const upstream = await startRecordingUpstream((req, res) => {
      const groupId = req.url.split("/").pop() ?? "";
      if (!(groupId in runsUpstream)) return void res.writeHead(503).end();
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ taskgroup_id: groupId, status: { num_task_runs: runsUpstream[groupId] } }));
    });
    const db = await openTestConsoleDatabase();
    cleanups.push(upstream.close, () => db.destroy());
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const lose = async (groupId: string) => {
      const id = await reserveSpend(db, { member: null, groupId, lines: [{ processor: "lite", runs: 2, costMicroUsd: 10_000 }] });
      await finishReservation(db, id, "pending");
    };
    for (const groupId of ["tgrp_arrived", "tgrp_missing", "tgrp_unreachable"]) await lose(groupId);

    const target = { baseUrl: upstream.url, prefix: "v1beta" as const, apiKey: undefined };
    expect(await settleAllLostReservations(db, target)).toBe(2);

    const states = await db.selectFrom("spend_reservations").select(["group_id", "state"]).orderBy("group_id").execute();
    expect(states).toEqual([
      { group_id: "tgrp_arrived", state: "settled" },
      { group_id: "tgrp_missing", state: "released" },
      { group_id: "tgrp_unreachable", state: "pending" },
    ]);
  });
});
