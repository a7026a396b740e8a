import { afterEach, describe, expect, it } from "vitest";
import { consoleRunWebhook } from "@/lib/parallel/console-run-webhook";
import type { ErrorResponse, RunStatus, TaskRunEvent } from "@/lib/parallel/types";
import { expectContractResponse, expectContractStream } from "@/lib/testing/expect-contract";
import {
  addRuns,
  buildInputs,
  createGroup,
  readEventsStream,
  readRunsStream,
  waitUntilInactive,
  withEmulator,
} from "@/lib/testing/emulator-harness";
import { expectStatusWebhook } from "@/lib/testing/expect-webhook";
import { runStateEvents } from "@/lib/testing/stream-events";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/testing/webhook-receiver";

// The statuses besides queued → running → completed | failed, produced by rates set in the environment,
// seen through every endpoint (and the webhooks, which show the statuses a run passes through).

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function runWithWebhooks(options: { cancelRate?: number; actionRequiredRate?: number }, count: number) {
  const hooks = await startWebhookReceiver();
  receiver = hooks;
  return withEmulator(options, async ({ api }) => {
    const group = await createGroup(api);
    const inputs = buildInputs(count).map((input) => ({ ...input, webhook: consoleRunWebhook(hooks.url) }));
    const added = await addRuns(api, group.taskgroup_id, count, { inputs });
    const finished = await waitUntilInactive(api, group.taskgroup_id);
    expectContractResponse(
      "GET",
      `${api.prefix}/tasks/groups/${group.taskgroup_id}`,
      await api.json("GET", `/tasks/groups/${group.taskgroup_id}`),
    );
    const runsStream = await readRunsStream(api, group.taskgroup_id, { include_input: true, include_output: true });
    expectContractStream("GET", `${api.prefix}/tasks/groups/${group.taskgroup_id}/runs`, runsStream);
    const eventsStream = await readEventsStream(api, group.taskgroup_id);
    expectContractStream("GET", `${api.prefix}/tasks/groups/${group.taskgroup_id}/events`, eventsStream);
    const terminalStatus = (id: string) => runStateEvents(runsStream).find((e) => e.run.run_id === id)?.run.status;
    await hooks.waitFor((r) => r.filter((d) => JSON.parse(d.body).data.is_active === false).length === count);
    const path = (id: string): RunStatus[] =>
      hooks.received
        .map((d) => expectStatusWebhook(d))
        .filter((run) => run.run_id === id)
        .map((run) => run.status);
    const result = await api.json<ErrorResponse>("GET", `/tasks/runs/${added.run_ids[0]}/result`, { query: { timeout: 5 } });
    return { finished, added, terminalStatus, path, events: runStateEvents(eventsStream), result };
  });
}

describe("EMULATOR_CANCEL_RATE", () => {
  it("at 1 every run passes through cancelling and ends cancelled, inactive, with no output", async () => {
    const { finished, added, terminalStatus, path, events, result } = await runWithWebhooks({ cancelRate: 1 }, 3);
    expect(finished.status.task_run_status_counts).toEqual({ cancelled: 3 });
    expect(finished.status.is_active).toBe(false);
    expect(finished.status.status_message).toMatch(/3 cancelled/);
    for (const id of added.run_ids) {
      expect(terminalStatus(id)).toBe("cancelled");
      // Deliveries run concurrently, so they may arrive out of order (as Parallel's may): compare as sets.
      expect([...path(id)].sort()).toEqual(["cancelled", "cancelling", "running"]);
    }
    expect(events.map((e: TaskRunEvent) => [e.run.status, e.run.is_active])).toEqual(added.run_ids.map(() => ["cancelled", false]));
    expect(result.status).toBe(404);
    expect(result.body.error.message).toMatch(/cancelled/);
  });
});

describe("EMULATOR_ACTION_REQUIRED_RATE", () => {
  it("at 1 every run waits in action_required, is active meanwhile, then runs and completes", async () => {
    const { finished, added, terminalStatus, path, result } = await runWithWebhooks({ actionRequiredRate: 1 }, 3);
    expect(finished.status.task_run_status_counts).toEqual({ completed: 3 });
    for (const id of added.run_ids) {
      expect(terminalStatus(id)).toBe("completed");
      expect([...path(id)].sort()).toEqual(["action_required", "completed", "running"]);
    }
    expect(result.status).toBe(200);
  });

  it("a group with a run in action_required counts it and is active", async () => {
    await withEmulator({ actionRequiredRate: 1, timeScale: 1 }, async ({ api }) => {
      const group = await createGroup(api);
      await addRuns(api, group.taskgroup_id, 2);
      // Runs wait 2 s in the queue at time scale 1, then 30 s in action_required.
      for (;;) {
        const response = await api.json<{ status: { task_run_status_counts: Record<string, number>; is_active: boolean } }>(
          "GET",
          `/tasks/groups/${group.taskgroup_id}`,
        );
        if (response.body.status.task_run_status_counts.action_required === 2) {
          expectContractResponse("GET", `${api.prefix}/tasks/groups/${group.taskgroup_id}`, response);
          expect(response.body.status.is_active).toBe(true);
          const runs = runStateEvents(await readRunsStream(api, group.taskgroup_id));
          expect(runs.map((e) => [e.run.status, e.run.is_active])).toEqual([
            ["action_required", true],
            ["action_required", true],
          ]);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  });
});
