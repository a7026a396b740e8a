import { describe, expect, it } from "vitest";
import type { AlertRuleView, CreatedAlertDestination } from "@/lib/contracts/alerts";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import * as destinationsRoute from "../destinations/route";
import * as ruleRoute from "./[id]/route";
import * as rulesRoute from "./route";

// Rules: bad input answered 422 naming the field, and every change in the audit log.

setUpRouteTests();

interface ErrorAnswer {
  error: { code: string; message: string };
}

async function destinationId(): Promise<string> {
  const created = await callRoute<CreatedAlertDestination>(destinationsRoute.POST, "POST", "/api/alerts/destinations", {
    body: { kind: "slack", name: "Team channel", url: "http://127.0.0.1:9/slack" },
  });
  expect(created.status).toBe(201);
  expect(created.body.secret).toBeNull();
  return created.body.destination.id;
}

const auditActions = async () =>
  (await routeTestDeps().db.selectFrom("audit_log").select("action").where("action", "like", "alert_%").orderBy("id").execute()).map(
    (r) => r.action,
  );

describe("/api/alerts/rules", () => {
  it("refuses bad thresholds and unknown destinations or groups with a message naming the field", async () => {
    const id = await destinationId();
    const badPercent = await callRoute<ErrorAnswer>(rulesRoute.POST, "POST", "/api/alerts/rules", {
      body: { groupId: null, condition: { kind: "failure_rate", percent: 140, minTerminalRuns: 10 }, destinationIds: [id] },
    });
    expect(badPercent.status).toBe(422);
    expect(badPercent.body.error.message).toContain("'condition.percent' must be at most 100");

    const badKind = await callRoute<ErrorAnswer>(rulesRoute.POST, "POST", "/api/alerts/rules", {
      body: { groupId: null, condition: { kind: "sometimes" }, destinationIds: [id] },
    });
    expect(badKind.status).toBe(422);
    expect(badKind.body.error.message).toContain("'condition.kind'");

    const unknownDestination = await callRoute<ErrorAnswer>(rulesRoute.POST, "POST", "/api/alerts/rules", {
      body: { groupId: null, condition: { kind: "finished" }, destinationIds: [id, "00000000-0000-4000-8000-000000000000"] },
    });
    expect(unknownDestination.status).toBe(422);
    expect(unknownDestination.body.error.message).toContain("body.destinationIds.1: no alert destination");

    const unknownGroup = await callRoute<ErrorAnswer>(rulesRoute.POST, "POST", "/api/alerts/rules", {
      body: { groupId: "tgrp_nothere", condition: { kind: "finished" }, destinationIds: [id] },
    });
    expect(unknownGroup.status).toBe(422);
    expect(unknownGroup.body.error.message).toContain("body.groupId");
  });

  it("creates, changes and deletes a team default, each in the audit log", async () => {
    const id = await destinationId();
    const created = await callRoute<AlertRuleView>(rulesRoute.POST, "POST", "/api/alerts/rules", {
      body: { groupId: null, condition: { kind: "stalled", minutes: 15 }, destinationIds: [id] },
    });
    expect(created.status).toBe(201);
    const params = { id: created.body.id };
    const changed = await callRoute<AlertRuleView>(ruleRoute.PATCH, "PATCH", `/api/alerts/rules/${params.id}`, {
      params,
      body: { condition: { kind: "stalled", minutes: 30 }, destinationIds: [id] },
    });
    expect(changed.body.condition).toEqual({ kind: "stalled", minutes: 30 });
    const otherKind = await callRoute<ErrorAnswer>(ruleRoute.PATCH, "PATCH", `/api/alerts/rules/${params.id}`, {
      params,
      body: { condition: { kind: "finished" }, destinationIds: [id] },
    });
    expect(otherKind.status).toBe(422);
    expect(otherKind.body.error.message).toContain("body.condition.kind");
    expect((await callRoute(ruleRoute.DELETE, "DELETE", `/api/alerts/rules/${params.id}`, { params })).status).toBe(204);
    const listed = await callRoute<{ items: AlertRuleView[] }>(rulesRoute.GET, "GET", "/api/alerts/rules");
    expect(listed.body.items.map((r) => r.id)).not.toContain(params.id);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["alert_destination.created", "alert_rule.created", "alert_rule.changed", "alert_rule.deleted"]),
    );
  });
});
