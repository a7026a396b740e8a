import { createGroup, uniqueName } from "../groups-api";
import { expect, test } from "./fixtures";

// Budget reservations are one transaction on the shared database: add-runs calls landing on
// different instances at once cannot both take the budget's last dollar.

const RUNS_THAT_FIT = 10;
const LITE_USD_PER_RUN = 5 / 1_000;

test("both instances add runs concurrently against one budget, and the budget holds to the run", async ({ api }) => {
  const [throughA, throughB] = [await api("a"), await api("b")];
  const groupId = await createGroup(throughA, uniqueName("Budget"));
  const { teamSpentUsd } = (await (await throughA.get("/api/usage/allowance")).json()) as { teamSpentUsd: number };
  const monthlyUsd = Math.round((teamSpentUsd + RUNS_THAT_FIT * LITE_USD_PER_RUN) * 1e6) / 1e6;
  expect((await throughA.put("/api/budgets", { data: { monthlyUsd } })).status()).toBe(200);

  try {
    const calls = Array.from({ length: 2 * RUNS_THAT_FIT }, (_, i) =>
      (i % 2 === 0 ? throughA : throughB).post(`/api/parallel/tasks/groups/${groupId}/runs`, {
        data: { inputs: [{ processor: "lite", input: `company ${i}` }] },
      }),
    );
    const statuses = (await Promise.all(calls)).map((response) => response.status());
    expect({ added: statuses.filter((s) => s === 200).length, refused: statuses.filter((s) => s === 402).length }).toEqual({
      added: RUNS_THAT_FIT,
      refused: RUNS_THAT_FIT,
    });
    const group = (await (await throughB.get(`/api/parallel/tasks/groups/${groupId}`)).json()) as { status: { num_task_runs: number } };
    expect(group.status.num_task_runs, "runs the upstream holds").toBe(RUNS_THAT_FIT);
  } finally {
    await throughA.put("/api/budgets", { data: { monthlyUsd: null } });
  }
});
