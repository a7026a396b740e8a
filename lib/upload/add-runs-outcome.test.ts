import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistryGateway, type RegistryGateway } from "@/lib/gateway/tests/gateway-harness";
import { buildInputs, createGroup } from "@/lib/testing/task-group-builders";
import type { TaskRunInput } from "../parallel/types";
import { setBudget } from "../spend/budgets";
import { addRunsOutcome } from "./add-runs-outcome";
import { nameRejectedRows } from "./name-rejected-rows";

// 402 and 403 from the API, relayed by the gateway, become messages about the account that a user
// can act on, on every path that adds runs (the create form, "Add runs", "Retry failed").

let setup: RegistryGateway;
beforeAll(async () => {
  // lite costs $0.005 a run: $0.01 buys two. pro is not allowed.
  setup = await startRegistryGateway("v1", { creditUsd: 0.01, allowedProcessors: ["lite", "base"] });
});
afterAll(() => setup.close());

async function addThroughGateway(groupId: string, inputs: TaskRunInput[]) {
  const response = await fetch(`${setup.gateway.baseURL}/tasks/groups/${groupId}/runs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ inputs }),
  });
  return addRunsOutcome(response);
}

describe("add-runs refused for the account", () => {
  it("403: says the processor is not allowed on this account, naming the row", async () => {
    const group = await createGroup(setup.emulator.api);
    const outcome = await addThroughGateway(group.taskgroup_id, [...buildInputs(1), ...buildInputs(1, { processor: "pro" })]);
    expect(outcome).toMatchObject({ kind: "rejected", status: 403 });
    if (outcome.kind !== "rejected") throw new Error("not rejected");
    expect(nameRejectedRows(outcome.message, [11, 12])).toMatch(
      /^Processor not allowed on this Parallel account: choose another processor, or ask Parallel to enable it\. \(.*row 12 uses "pro"/,
    );
  });

  it("402: says the account is out of credit", async () => {
    const group = await createGroup(setup.emulator.api);
    expect(await addThroughGateway(group.taskgroup_id, buildInputs(2))).toMatchObject({ kind: "ok" });
    const outcome = await addThroughGateway(group.taskgroup_id, buildInputs(1));
    expect(outcome).toMatchObject({ kind: "rejected", status: 402 });
    if (outcome.kind !== "rejected") throw new Error("not rejected");
    expect(outcome.message).toMatch(/^Out of credit: the Parallel account has no credit left for these runs\. Add credit/);
  });

  it("402 budget_exceeded from the console: names the budget, not Parallel's credit, and says the rest can be sent again", async () => {
    const group = await createGroup(setup.emulator.api);
    await setBudget(setup.db, "team", 0);
    try {
      const outcome = await addThroughGateway(group.taskgroup_id, buildInputs(1));
      expect(outcome).toMatchObject({ kind: "rejected", status: 402 });
      if (outcome.kind !== "rejected") throw new Error("not rejected");
      expect(outcome.message).toMatch(
        /^Budget exceeded: the team's monthly budget is \$0\.00, \$[\d.]+ is spent or reserved this month, and this run asks for \$0\.005\. Nothing of these rows was sent; rows sent before stay sent\. Ask an admin to raise the budget \(Settings → Budgets\), then send the rest again\.$/,
      );
    } finally {
      await setBudget(setup.db, "team", null);
    }
  });

  it("a 403 of the console's own (a foreign origin) keeps its message", async () => {
    const group = await createGroup(setup.emulator.api);
    const response = await fetch(`${setup.gateway.baseURL}/tasks/groups/${group.taskgroup_id}/runs`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.test" },
      body: JSON.stringify({ inputs: buildInputs(1) }),
    });
    const outcome = await addRunsOutcome(response);
    expect(outcome).toMatchObject({ kind: "rejected", status: 403 });
    if (outcome.kind !== "rejected") throw new Error("not rejected");
    expect(outcome.message).not.toMatch(/Processor not allowed/);
  });
});
