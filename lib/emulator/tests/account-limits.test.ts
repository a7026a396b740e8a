import { describe, expect, it } from "vitest";
import type { ErrorResponse, TaskRunInput } from "@/lib/parallel/types";
import type { ApiClient, ApiResponse } from "@/lib/testing/api-client";
import { expectResponseBody } from "@/lib/testing/contract";
import { addRuns, buildInputs, createGroup, getGroup, withEmulator } from "@/lib/testing/emulator-harness";

// What the account allows: its credit (402 once spent) and its processors (403 for the others).
// The contract documents both answers on POST /v1/tasks/runs; add-runs answers them the same way.

const CONTRACT_OPERATION = "/v1/tasks/runs";

async function postRuns(api: ApiClient, groupId: string, inputs: TaskRunInput[]): Promise<ApiResponse<ErrorResponse>> {
  return api.json<ErrorResponse>("POST", `/tasks/groups/${groupId}/runs`, { body: { inputs } });
}

function expectRefused(response: ApiResponse<ErrorResponse>, status: number, message: RegExp): void {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expectResponseBody("POST", CONTRACT_OPERATION, status, response.body);
  expect(response.body.error.message).toMatch(message);
}

describe("EMULATOR_CREDIT_USD", () => {
  it("answers 402 once the credit is spent, adds nothing, and keeps the spend across a restart", async () => {
    // lite costs $5 per 1,000 runs: $0.01 buys 2 runs.
    await withEmulator({ creditUsd: 0.01 }, async (emulator) => {
      const group = await createGroup(emulator.api);
      await addRuns(emulator.api, group.taskgroup_id, 1);
      expectRefused(await postRuns(emulator.api, group.taskgroup_id, buildInputs(2)), 402, /credit.*\$0\.010.*\$0\.005 is left/i);
      await addRuns(emulator.api, group.taskgroup_id, 1);
      expectRefused(await postRuns(emulator.api, group.taskgroup_id, buildInputs(1)), 402, /credit/i);
      expect((await getGroup(emulator.api, group.taskgroup_id)).status.num_task_runs).toBe(2);

      await emulator.stop();
      const restarted = await emulator.restart({ creditUsd: 0.01 });
      expectRefused(await postRuns(restarted.api, group.taskgroup_id, buildInputs(1)), 402, /credit/i);
    });
  });

  it("prices each run by its processor", async () => {
    // pro costs $100 per 1,000 runs: $0.10 each.
    await withEmulator({ creditUsd: 0.15 }, async ({ api }) => {
      const group = await createGroup(api);
      await addRuns(api, group.taskgroup_id, 1, { processor: "pro" });
      expectRefused(await postRuns(api, group.taskgroup_id, buildInputs(1, { processor: "pro" })), 402, /\$0\.100.*\$0\.050 is left/);
      await addRuns(api, group.taskgroup_id, 10, { processor: "lite" });
    });
  });
});

describe("EMULATOR_PROCESSORS", () => {
  it("answers 403 naming the input and the processor it may not use, and adds nothing", async () => {
    await withEmulator({ allowedProcessors: ["lite", "base"] }, async ({ api }) => {
      const group = await createGroup(api);
      const inputs = [...buildInputs(2), ...buildInputs(1, { processor: "pro" })];
      expectRefused(await postRuns(api, group.taskgroup_id, inputs), 403, /not allowed.*inputs\[2\].*"pro".*lite, base/);
      expect((await getGroup(api, group.taskgroup_id)).status.num_task_runs).toBe(0);
      await addRuns(api, group.taskgroup_id, 2, { processor: "base" });
    });
  });
});
