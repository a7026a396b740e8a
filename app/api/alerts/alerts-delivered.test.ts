import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertTick } from "@/lib/alerts/alert-tick";
import { alertSender } from "@/lib/alerts/send-alert";
import type { AlertRuleView, CreateAlertRuleBody, CreatedAlertDestination } from "@/lib/contracts/alerts";
import type { ConsoleDatabase } from "@/lib/registry/database-schema";
import { openConsoleDatabase } from "@/lib/registry/open-console-database";
import { refreshGroup } from "@/lib/registry/refresh-group";
import { callRoute, routeTestDatabaseLocation, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { startSmtpReceiver, type SmtpReceiver } from "@/lib/testing/smtp-receiver";
import { addRuns, createGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { webhookSignatureMatches } from "@/lib/webhooks/webhook-signature";
import * as importRoute from "../groups/import/route";
import * as destinationsRoute from "./destinations/route";
import * as rulesRoute from "./rules/route";

// The done-when of alerts: with no browser open, the watcher (its tick, on the console's database
// and an emulator) sends exactly one signed webhook and one email per rule for a group that fails
// too often or finishes, also when the watcher is replaced by a new one on the same database file
// in the middle (a restart).

// 30% of runs fail; runs take 0.5–3 s, so a group is seen active before it finishes.
const upstream = setUpRouteTests({ failureRate: 0.3, timeScale: 0.05 });
const SMTP_FROM = "Console alerts <alerts@console.test>";

let hook: WebhookReceiver;
let smtp: SmtpReceiver;
let hookSecret = "";
let destinationIds: string[] = [];

beforeAll(async () => {
  hook = await startWebhookReceiver();
  smtp = await startSmtpReceiver();
  const webhook = await callRoute<CreatedAlertDestination>(destinationsRoute.POST, "POST", "/api/alerts/destinations", {
    body: { kind: "webhook", name: "On-call hook", url: hook.url },
  });
  expect(webhook.status).toBe(201);
  hookSecret = webhook.body.secret ?? "";
  expect(hookSecret).toMatch(/^whsec_/);
  const email = await callRoute<CreatedAlertDestination>(destinationsRoute.POST, "POST", "/api/alerts/destinations", {
    body: { kind: "email", name: "Ops inbox", email: "ops@example.com" },
  });
  destinationIds = [webhook.body.destination.id, email.body.destination.id];
});
afterAll(async () => {
  await hook.close();
  await smtp.close();
});

const tick = (db: ConsoleDatabase = routeTestDeps().db) =>
  alertTick({
    db,
    nowMs: Date.now,
    refreshGroup: async (groupId) => {
      await refreshGroup({ db, target: routeTestDeps().target, groupId });
    },
    send: alertSender({ url: smtp.url, from: SMTP_FROM }),
    retry: { baseMs: 50, maxAttempts: 5 },
  });

async function tickUntil(condition: () => boolean, what: string, db?: ConsoleDatabase, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms: ${what}`);
    await tick(db);
  }
}

async function importedGroup(name: string, runs: number): Promise<string> {
  const group = await createGroup(upstream().api, { name });
  await addRuns(upstream().api, group.taskgroup_id, runs);
  expect((await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id: group.taskgroup_id } })).status).toBe(200);
  return group.taskgroup_id;
}

async function addRule(body: CreateAlertRuleBody): Promise<AlertRuleView> {
  const created = await callRoute<AlertRuleView>(rulesRoute.POST, "POST", "/api/alerts/rules", { body });
  expect(created.status).toBe(201);
  return created.body;
}

const hooksFor = (ruleId: string) =>
  hook.received.filter((r) => (JSON.parse(r.body) as { data: { rule_id: string } }).data.rule_id === ruleId);
const emailsAbout = (groupId: string) => smtp.received.filter((m) => m.text.includes(groupId));

describe("alert delivery with no browser open", () => {
  it("a group with a 30% failure rate fires the failure-rate rule exactly once: one signed webhook, one email", async () => {
    const groupId = await importedGroup("Failing leads", 60);
    const rule = await addRule({ groupId, condition: { kind: "failure_rate", percent: 10, minTerminalRuns: 20 }, destinationIds });

    await tickUntil(() => hooksFor(rule.id).length > 0 && emailsAbout(groupId).length > 0, "the failure-rate webhook and email");
    await waitUntilInactive(upstream().api, groupId);
    for (let i = 0; i < 5; i++) await tick();

    const [delivery, ...more] = hooksFor(rule.id);
    expect(more).toHaveLength(0);
    const { headers, body } = delivery;
    expect(
      webhookSignatureMatches(
        { secret: hookSecret, id: headers["webhook-id"], timestamp: headers["webhook-timestamp"], body },
        headers["webhook-signature"],
      ),
    ).toBe(true);
    expect(JSON.parse(body)).toMatchObject({
      type: "alert.fired",
      data: { kind: "failure_rate", group: { id: groupId, name: "Failing leads" } },
    });

    const emails = emailsAbout(groupId);
    expect(emails).toHaveLength(1);
    expect(emails[0].to).toEqual(["ops@example.com"]);
    expect(emails[0].subject).toContain("Failure rate above 10%");
    expect(emails[0].subject).toContain("Failing leads");
    expect(emails[0].text).toContain("terminal runs failed");
  });

  it("a group that finishes fires 'finished' exactly once, also when the watcher restarts in the middle", async () => {
    const groupId = await importedGroup("Nightly batch", 5);
    const rule = await addRule({ groupId, condition: { kind: "finished" }, destinationIds });
    // The first watcher sees the group active, then stops; a new one on the same database takes over.
    await tick();
    expect(hooksFor(rule.id)).toHaveLength(0);

    await waitUntilInactive(upstream().api, groupId);
    const restarted = await openConsoleDatabase(routeTestDatabaseLocation());
    try {
      await tickUntil(() => hooksFor(rule.id).length > 0 && emailsAbout(groupId).length > 0, "the finished webhook and email", restarted);
      for (let i = 0; i < 3; i++) await tick(restarted);
    } finally {
      await restarted.destroy();
    }
    const again = await openConsoleDatabase(routeTestDatabaseLocation());
    try {
      for (let i = 0; i < 3; i++) await tick(again);
    } finally {
      await again.destroy();
    }
    for (let i = 0; i < 3; i++) await tick();

    expect(hooksFor(rule.id)).toHaveLength(1);
    const emails = emailsAbout(groupId);
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe("[Alert] Group finished: Nightly batch");
  });
});
