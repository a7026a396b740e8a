import { afterEach, describe, expect, it } from "vitest";
import type { RunStatus } from "@/lib/parallel/types";
import { webhookSignatureMatches } from "@/lib/webhooks/webhook-signature";
import { addRuns, buildInputs, createGroup, waitUntilInactive, withEmulator } from "@/lib/testing/emulator-harness";
import { expectStatusWebhook } from "@/lib/testing/expect-webhook";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "@/lib/testing/webhook-receiver";

// Runs created with a webhook get a signed POST on each status change, retried while the receiver fails.

const SECRET = "test-webhook-secret";
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const statusesOf = (received: ReceivedWebhook[], runId: string): RunStatus[] =>
  received
    .filter((r) => r.answered < 300)
    .map((r) => expectStatusWebhook(r))
    .filter((run) => run.run_id === runId)
    .map((run) => run.status);

function withWebhook(count: number, url: string, eventTypes: Array<"task_run.status"> = ["task_run.status"]) {
  return buildInputs(count).map((input) => ({ ...input, webhook: { url, event_types: eventTypes } }));
}

describe("webhooks", () => {
  it("each status change of a run is POSTed, signed with the secret, and valid against the contract", async () => {
    const hooks = await startWebhookReceiver();
    receiver = hooks;
    await withEmulator({ webhookSecret: SECRET }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 2, { inputs: withWebhook(2, hooks.url) });
      await hooks.waitFor((r) => added.run_ids.every((id) => statusesOf(r, id).includes("completed")));
      for (const id of added.run_ids) expect([...statusesOf(hooks.received, id)].sort()).toEqual(["completed", "running"]);
      for (const delivery of hooks.received) {
        const signed = {
          secret: SECRET,
          id: delivery.headers["webhook-id"],
          timestamp: delivery.headers["webhook-timestamp"],
          body: delivery.body,
        };
        expect(webhookSignatureMatches(signed, delivery.headers["webhook-signature"])).toBe(true);
        expect(webhookSignatureMatches({ ...signed, secret: "another" }, delivery.headers["webhook-signature"])).toBe(false);
        expect(JSON.parse(delivery.body).data.taskgroup_id).toBe(group.taskgroup_id);
      }
    });
  });

  it("a delivery the receiver refuses is retried with the same id until it is accepted", async () => {
    // Each delivery is refused three times (500, 500, 503) before it is accepted.
    const refusals = [500, 500, 503];
    const hooks = await startWebhookReceiver(
      (delivery, previous) => refusals[previous.filter((r) => r.headers["webhook-id"] === delivery.headers["webhook-id"]).length] ?? 204,
    );
    receiver = hooks;
    await withEmulator({ webhookSecret: SECRET }, async ({ api }) => {
      const group = await createGroup(api);
      const added = await addRuns(api, group.taskgroup_id, 1, { inputs: withWebhook(1, hooks.url) });
      await hooks.waitFor((r) => statusesOf(r, added.run_ids[0]).length === 2);
      expect(statusesOf(hooks.received, added.run_ids[0]).sort()).toEqual(["completed", "running"]);
      const ids = new Set(hooks.received.map((r) => r.headers["webhook-id"]));
      expect(ids.size).toBe(2);
      for (const id of ids) {
        const attempts = hooks.received.filter((r) => r.headers["webhook-id"] === id);
        expect(attempts.map((r) => r.answered)).toEqual([...refusals, 204]);
        expect(new Set(attempts.map((r) => r.body)).size).toBe(1);
      }
    });
  });

  it("a run without a webhook, or whose webhook lists no task_run.status, gets no POST", async () => {
    const hooks = await startWebhookReceiver();
    receiver = hooks;
    await withEmulator({}, async ({ api }) => {
      const group = await createGroup(api);
      const listed = await addRuns(api, group.taskgroup_id, 1, { inputs: withWebhook(1, hooks.url) });
      await addRuns(api, group.taskgroup_id, 2, { inputs: [...withWebhook(1, hooks.url, []), ...buildInputs(1)] });
      await waitUntilInactive(api, group.taskgroup_id);
      await hooks.waitFor((r) => statusesOf(r, listed.run_ids[0]).includes("completed"));
      expect(new Set(hooks.received.map((r) => expectStatusWebhook(r).run_id))).toEqual(new Set(listed.run_ids));
    });
  });
});
