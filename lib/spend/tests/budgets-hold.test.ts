import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startRegistryGateway, type RegistryGateway } from "@/lib/gateway/tests/gateway-harness";
import type { GatewayCaller } from "@/lib/gateway/proxy-call";
import { priceTable, usdToMicro } from "@/lib/parallel/price-table";
import { memberSubject, setBudget } from "../budgets";
import { usageReport } from "../usage-report";
import { monthOf } from "../month";

// Budgets are checked and reserved in one write transaction before a call goes upstream, so
// concurrent calls cannot overspend; what is spent is runs × the effective price, to the micro-dollar.

const ALICE: GatewayCaller = { member: { id: "m_alice", email: "alice@example.com" }, ip: null };
const BOB: GatewayCaller = { member: { id: "m_bob", email: "bob@example.com" }, ip: null };
const prices = priceTable({ core: 20 });

let setup: RegistryGateway;
beforeAll(async () => {
  // Slow runs, one at a time: the emulator only has to hold the runs, not work through them.
  setup = await startRegistryGateway(
    "v1beta",
    { timeScale: 1, concurrency: 1 },
    { prices, callerOf: (request) => (request.headers.get("x-test-member") === "bob" ? BOB : ALICE) },
  );
});
afterAll(() => setup.close());
afterEach(async () => {
  await setup.db.deleteFrom("budgets").execute();
  await setup.db.deleteFrom("spend_reservations").execute();
});

async function createGroup(): Promise<string> {
  const response = await fetch(`${setup.gateway.baseURL}/v1beta/tasks/groups`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  return ((await response.json()) as { taskgroup_id: string }).taskgroup_id;
}

function addRuns(groupId: string, inputs: { processor: string }[], member: "alice" | "bob" = "alice") {
  return fetch(`${setup.gateway.baseURL}/v1beta/tasks/groups/${groupId}/runs`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-test-member": member },
    body: JSON.stringify({ inputs: inputs.map((input, i) => ({ ...input, input: `question ${i}` })) }),
  });
}

const lite = (n: number) => Array.from({ length: n }, () => ({ processor: "lite" }));

async function upstreamRuns(groupId: string): Promise<number> {
  const response = await fetch(`${setup.emulator.url}/v1beta/tasks/groups/${groupId}`);
  return ((await response.json()) as { status: { num_task_runs: number } }).status.num_task_runs;
}

describe("budgets that hold", () => {
  it("lets exactly 20 of 50 concurrent 1,000-run calls through a team budget that fits 20", async () => {
    const groupId = await createGroup();
    // 1,000 lite runs cost $5: $100 fits exactly 20 batches.
    await setBudget(setup.db, "team", usdToMicro(100));
    const responses = await Promise.all(Array.from({ length: 50 }, () => addRuns(groupId, lite(1_000))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 402)).toHaveLength(30);
    expect(await upstreamRuns(groupId)).toBe(20_000);

    const refused = (await responses.find((r) => r.status === 402)!.json()) as { error: { code: string; message: string } };
    expect(refused.error.code).toBe("budget_exceeded");
    expect(refused.error.message).toBe(
      "Budget exceeded: the team's monthly budget is $100.00, $100.00 is spent or reserved this month, and these 1,000 runs ask for $5.00.",
    );
    const report = await usageReport(setup.db, { month: monthOf(Date.now()) });
    expect(report.total).toEqual({ runs: 20_000, microUsd: usdToMicro(100) });
  }, 120_000);

  it("records runs × the effective price by member, processor and group, and holds a member to their cap", async () => {
    const groupId = await createGroup();
    // core at the negotiated $20 per 1,000: 3 × $0.02 + 2 × $0.005 = $0.07.
    expect((await addRuns(groupId, [...lite(2), { processor: "core" }, { processor: "core" }, { processor: "core-fast" }])).status).toBe(
      200,
    );
    await setBudget(setup.db, memberSubject(BOB.member.id), usdToMicro(0.01));
    expect((await addRuns(groupId, lite(2), "bob")).status).toBe(200);
    const refused = await addRuns(groupId, lite(1), "bob");
    expect(refused.status).toBe(402);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      "Budget exceeded: the monthly cap of bob@example.com is $0.01, $0.01 is spent or reserved this month, and this run asks for $0.005.",
    );

    const report = await usageReport(setup.db, { month: monthOf(Date.now()) });
    expect(report.total).toEqual({ runs: 7, microUsd: 80_000 });
    expect(report.byMember).toEqual([
      { memberId: ALICE.member.id, email: ALICE.member.email, runs: 5, microUsd: 70_000 },
      { memberId: BOB.member.id, email: BOB.member.email, runs: 2, microUsd: 10_000 },
    ]);
    expect(report.byProcessor).toEqual([
      { processor: "core", runs: 2, microUsd: 40_000 },
      { processor: "core-fast", runs: 1, microUsd: 20_000 },
      { processor: "lite", runs: 4, microUsd: 20_000 },
    ]);
    expect(report.byGroup).toMatchObject([{ groupId, runs: 7, microUsd: 80_000 }]);
    expect((await usageReport(setup.db, { month: monthOf(Date.now()), memberId: BOB.member.id })).total).toEqual({
      runs: 2,
      microUsd: 10_000,
    });
  });

  it("releases the reservation of a call the upstream refuses", async () => {
    await setBudget(setup.db, "team", usdToMicro(0.01));
    const refusedUpstream = await addRuns("tgrp_does_not_exist", lite(2));
    expect(refusedUpstream.status).toBe(404);
    const groupId = await createGroup();
    expect((await addRuns(groupId, lite(2))).status).toBe(200);
    expect((await usageReport(setup.db, { month: monthOf(Date.now()) })).total).toEqual({ runs: 2, microUsd: 10_000 });
  });
});
