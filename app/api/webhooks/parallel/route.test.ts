import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleRunWebhook } from "@/lib/parallel/console-run-webhook";
import type { RunStatus } from "@/lib/parallel/types";
import { callRoute, routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { ensureIngestion } from "@/lib/run-cache/ingestion-jobs";
import { serveFetchHandler } from "@/lib/testing/serve-fetch-handler";
import { buildInputs, createGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import { addRuns } from "@/lib/testing/task-group-builders";
import { signWebhook } from "@/lib/webhooks/webhook-signature";
import * as importRoute from "../../groups/import/route";
import { POST } from "./route";

// The emulator delivers signed webhooks to the console's receiver, served over HTTP as Next serves
// it: the run cache and the group's status follow them; a forged, stale or replayed one changes nothing.

const SECRET = "console-test-webhook-secret";
// Runs wait 1.5 s in action_required, then run 0.5–3 s: cached while active, finished by webhooks.
const upstream = setUpRouteTests({ webhookSecret: SECRET, actionRequiredRate: 1, timeScale: 0.05 });

interface Delivery {
  headers: Record<string, string>;
  body: string;
  status: number;
  answer: { applied: boolean; known_group: boolean; run_updated: boolean } | { error: { code: string; message: string } };
}

const deliveries: Delivery[] = [];
let receiver: { url: string; close: () => Promise<void> };

const deliver = async (headers: Record<string, string>, body: string) => {
  const request = new Request("http://console.test/api/webhooks/parallel", { method: "POST", headers, body });
  const response = await POST.withDeps({ ...routeTestDeps(), webhookSecret: SECRET })(request, { params: Promise.resolve({}) });
  return { status: response.status, answer: (await response.json()) as Delivery["answer"] };
};

beforeAll(async () => {
  receiver = await serveFetchHandler(async (request) => {
    const headers = Object.fromEntries(request.headers);
    const body = await request.text();
    const { status, answer } = await deliver(headers, body);
    deliveries.push({ headers, body, status, answer });
    return Response.json(answer, { status });
  });
});
afterAll(() => receiver.close());

const cachedStatuses = async (groupId: string): Promise<RunStatus[]> =>
  (await routeTestDeps().db.selectFrom("runs").select("status").where("group_id", "=", groupId).orderBy("position").execute()).map(
    (r) => r.status as RunStatus,
  );

const statusOf = (delivery: Delivery): RunStatus => (JSON.parse(delivery.body) as { data: { status: RunStatus } }).data.status;

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("POST /api/webhooks/parallel", () => {
  let groupId = "";

  it("applies the emulator's signed webhooks to the run cache and the group's status", async () => {
    const group = await createGroup(upstream().api);
    groupId = group.taskgroup_id;
    expect((await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id: groupId } })).status).toBe(200);
    const inputs = buildInputs(3).map((input) => ({
      ...input,
      webhook: consoleRunWebhook(`${receiver.url}/api/webhooks/parallel`),
    }));
    const added = await addRuns(upstream().api, groupId, 3, { inputs });
    await ensureIngestion({ db: routeTestDeps().db, target: routeTestDeps().target, groupId });
    const whileActive = await cachedStatuses(groupId);
    expect(whileActive).toHaveLength(3);
    expect(whileActive.every((s) => s === "queued" || s === "action_required" || s === "running")).toBe(true);

    await waitUntilInactive(upstream().api, groupId);
    await waitFor(async () => deliveries.filter((d) => statusOf(d) === "completed").length === 3, "three completed webhooks");
    expect(deliveries.map((d) => d.status)).toEqual(deliveries.map(() => 200));
    expect(deliveries.every((d) => "applied" in d.answer && d.answer.applied && d.answer.known_group)).toBe(true);
    // A run's first webhook may come before ingestion cached it (ingestion brings it then); its end comes after.
    const ends = deliveries.filter((d) => statusOf(d) === "completed");
    expect(ends.every((d) => "run_updated" in d.answer && d.answer.run_updated)).toBe(true);
    expect(new Set(deliveries.map(statusOf))).toEqual(new Set(["action_required", "running", "completed"]));
    await waitFor(async () => (await cachedStatuses(groupId)).every((s) => s === "completed"), "every cached run completed");

    const entry = await routeTestDeps().db.selectFrom("groups").selectAll().where("id", "=", groupId).executeTakeFirstOrThrow();
    expect(entry.is_active).toBe(0);
    expect(JSON.parse(entry.status_counts)).toEqual({ completed: 3 });
    expect(added.run_ids).toHaveLength(3);
  });

  it("refuses a bad signature (401) and changes nothing", async () => {
    const [captured] = deliveries;
    const timestamp = String(Math.floor(Date.now() / 1_000));
    const body = captured.body.replace(/"status":"[a-z_]+"/, '"status":"failed"');
    const id = "msg_forged";
    const forged = await deliver(
      {
        ...captured.headers,
        "webhook-id": id,
        "webhook-timestamp": timestamp,
        "webhook-signature": signWebhook({ secret: "not-the-secret", id, timestamp, body }),
      },
      body,
    );
    expect(forged.status).toBe(401);
    expect(forged.answer).toMatchObject({
      error: { code: "webhook_unauthenticated", message: expect.stringMatching(/webhook-signature does not match/) },
    });
    const tampered = await deliver({ ...captured.headers }, body);
    expect(tampered.status).toBe(401);
    expect(await cachedStatuses(groupId)).toEqual(["completed", "completed", "completed"]);
    expect(await routeTestDeps().db.selectFrom("webhook_deliveries").select("id").where("id", "=", id).execute()).toEqual([]);
  });

  it("refuses a timestamp more than 5 minutes old, even correctly signed", async () => {
    const [captured] = deliveries;
    const timestamp = String(Math.floor(Date.now() / 1_000) - 6 * 60);
    const id = "msg_stale";
    const stale = await deliver(
      {
        ...captured.headers,
        "webhook-id": id,
        "webhook-timestamp": timestamp,
        "webhook-signature": signWebhook({ secret: SECRET, id, timestamp, body: captured.body }),
      },
      captured.body,
    );
    expect(stale.status).toBe(401);
    expect(stale.answer).toMatchObject({ error: { message: expect.stringMatching(/webhook-timestamp .* at most 300 s/) } });
    expect(await routeTestDeps().db.selectFrom("webhook_deliveries").select("id").where("id", "=", id).execute()).toEqual([]);
  });

  it("ignores a replayed delivery: same webhook-id, nothing changes", async () => {
    // The earliest delivery said the run was in action_required; replayed now, it must not bring that back.
    const early = deliveries.find((d) => statusOf(d) === "action_required")!;
    const samples = async () =>
      (await routeTestDeps().db.selectFrom("status_samples").select("at_ms").where("group_id", "=", groupId).execute()).length;
    const samplesBefore = await samples();
    const delivered = await routeTestDeps().db.selectFrom("webhook_deliveries").select("id").execute();
    const replay = await deliver(early.headers, early.body);
    expect(replay).toEqual({ status: 200, answer: { applied: false, known_group: true, run_updated: false } });
    expect(await cachedStatuses(groupId)).toEqual(["completed", "completed", "completed"]);
    expect(await samples()).toBe(samplesBefore);
    expect(await routeTestDeps().db.selectFrom("webhook_deliveries").select("id").execute()).toEqual(delivered);
  });

  it("names a missing header, and is not taken from a browser on another site", async () => {
    const [captured] = deliveries;
    const unsigned = Object.fromEntries(Object.entries(captured.headers).filter(([name]) => name !== "webhook-signature"));
    const missing = await deliver(unsigned, captured.body);
    expect(missing.status).toBe(422);
    expect(missing.answer).toMatchObject({ error: { message: expect.stringMatching(/webhook-signature/) } });
    const crossSite = await deliver({ ...captured.headers, "sec-fetch-site": "cross-site", origin: "https://evil.test" }, captured.body);
    expect(crossSite.status).toBe(403);
  });
});
