import { describe, expect, it } from "vitest";
import type { AllowanceView, BudgetsView, GroupSpendView, UsageView } from "@/lib/contracts/spend";
import type { AuditPage } from "@/lib/contracts/team";
import type { Member } from "@/lib/auth/member";
import { routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { callRouteAs } from "@/lib/testing/call-route-as";
import { testMember } from "@/lib/testing/test-auth";
import * as auditRoute from "../audit/route";
import * as budgetsRoute from "../budgets/route";
import * as groupSpendRoute from "../groups/[id]/spend/route";
import * as gatewayRoute from "../parallel/[...path]/route";
import * as allowanceRoute from "./allowance/route";
import * as exportRoute from "./export/route";
import * as usageRoute from "./route";

// Usage and budgets through the routes: spend is attributed to the member who added the runs, an
// admin's caps hold at the gateway, and members see only their own usage.

setUpRouteTests();

const alice = testMember("operator", "alice");
const viewer = testMember("viewer", "vera");
const admin = testMember("admin", "root");

async function addRuns(member: Member, groupId: string, count: number) {
  const inputs = Array.from({ length: count }, (_, i) => ({ processor: "core", input: `q${i}` }));
  return callRouteAs<{ error?: { code: string; message: string } }>(
    member,
    gatewayRoute.POST,
    "POST",
    `/api/parallel/v1beta/tasks/groups/${groupId}/runs`,
    { inputs },
    {
      path: ["v1beta", "tasks", "groups", groupId, "runs"],
    },
  );
}

describe("usage and budgets", () => {
  it("attributes spend, holds a member to the cap an admin sets, and shows each member their own usage", async () => {
    const { db } = routeTestDeps();
    await db
      .insertInto("user")
      .values({
        id: alice.id,
        name: "Alice",
        email: alice.email,
        emailVerified: 1,
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
        role: "operator",
        isOwner: 0,
      })
      .execute();
    const group = await callRouteAs<{ taskgroup_id: string }>(
      alice,
      gatewayRoute.POST,
      "POST",
      "/api/parallel/v1beta/tasks/groups",
      {},
      { path: ["v1beta", "tasks", "groups"] },
    );
    const groupId = group.body.taskgroup_id;
    // core: $25 per 1,000 runs, $0.025 each.
    expect((await addRuns(alice, groupId, 4)).status).toBe(200);

    const capped = await callRouteAs<BudgetsView>(admin, budgetsRoute.PUT, "PUT", "/api/budgets", { memberId: alice.id, monthlyUsd: 0.15 });
    expect(capped.status).toBe(200);
    expect(capped.body.members.find((m) => m.id === alice.id)?.monthlyUsd).toBe(0.15);
    expect((await callRouteAs(alice, budgetsRoute.PUT, "PUT", "/api/budgets", { monthlyUsd: 1 })).status).toBe(403);
    const badBudget = await callRouteAs<{ error: { message: string } }>(admin, budgetsRoute.PUT, "PUT", "/api/budgets", { monthlyUsd: -1 });
    expect(badBudget.status).toBe(422);
    expect(badBudget.body.error.message).toContain("monthlyUsd");

    const allowance = await callRouteAs<AllowanceView>(alice, allowanceRoute.GET, "GET", "/api/usage/allowance");
    expect(allowance.body).toMatchObject({ memberSpentUsd: 0.1, memberCapUsd: 0.15, leftUsd: 0.05, prices: { core: 25 } });

    const refused = await addRuns(alice, groupId, 3);
    expect(refused.status).toBe(402);
    expect(refused.body.error).toEqual({
      code: "budget_exceeded",
      ref_id: expect.any(String),
      message:
        "Budget exceeded: the monthly cap of operator@console.test is $0.15, $0.10 is spent or reserved this month, and these 3 runs ask for $0.075.",
      detail: { cap: "member", capUsd: 0.15, spentUsd: 0.1, askedUsd: 0.075 },
    });
    expect((await addRuns(alice, groupId, 2)).status).toBe(200);

    const mine = await callRouteAs<UsageView>(alice, usageRoute.GET, "GET", "/api/usage");
    expect(mine.body).toMatchObject({ scope: "member", total: { runs: 6, usd: 0.15 }, byGroup: [{ groupId, runs: 6, usd: 0.15 }] });
    expect((await callRouteAs<UsageView>(viewer, usageRoute.GET, "GET", "/api/usage")).body).toMatchObject({
      scope: "member",
      total: { runs: 0, usd: 0 },
    });
    const team = await callRouteAs<UsageView>(admin, usageRoute.GET, "GET", "/api/usage");
    expect(team.body).toMatchObject({ scope: "team", byMember: [{ memberId: alice.id, email: alice.email, runs: 6, usd: 0.15 }] });
    const csv = await callRouteAs(admin, exportRoute.GET, "GET", "/api/usage/export");
    expect(csv.text).toContain(`member,${alice.email},6,0.15\r\n`);
    expect(csv.text).toContain("processor,core,6,0.15\r\n");
    expect((await callRouteAs(admin, usageRoute.GET, "GET", "/api/usage?month=2026-13")).status).toBe(422);

    const spend = await callRouteAs<GroupSpendView>(viewer, groupSpendRoute.GET, "GET", `/api/groups/${groupId}/spend`, undefined, {
      id: groupId,
    });
    expect(spend.body).toEqual({ groupId, runs: 6, usd: 0.15 });

    const audit = await callRouteAs<AuditPage>(admin, auditRoute.GET, "GET", "/api/audit?action=budget.changed");
    expect(audit.body.items[0]).toMatchObject({
      action: "budget.changed",
      actor: admin.email,
      detail: { email: alice.email, fromUsd: null, toUsd: 0.15 },
    });
  });
});
