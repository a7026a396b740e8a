import { afterEach, describe, expect, it, vi } from "vitest";
import { startRecordingUpstream, startTestGateway } from "@/lib/gateway/tests/gateway-harness";
import { DOCUMENTED_PRICES } from "@/lib/parallel/price-table";
import { openTestConsoleDatabase } from "@/lib/testing/test-console-database";
import { createSpendGuard } from "../spend-guard";

// An add-runs call whose answer never comes back may or may not have added its runs: the group's
// run count upstream decides whether it is spent (settled) or not (released).

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

async function gatewayWhoseAnswerIsLost(runsUpstreamAfterwards: number) {
  const upstream = await startRecordingUpstream((req, res) => {
    if (req.method === "POST") return void res.destroy();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ taskgroup_id: "tgrp_lost", status: { num_task_runs: runsUpstreamAfterwards } }));
  });
  const db = await openTestConsoleDatabase();
  const target = { baseUrl: upstream.url, prefix: "v1beta" as const, apiKey: undefined };
  const gateway = await startTestGateway(target, {
    spend: createSpendGuard(
      async () => db,
      target,
      () => DOCUMENTED_PRICES,
    ),
  });
  cleanups.push(upstream.close, () => db.destroy(), gateway.close);
  vi.spyOn(console, "error").mockImplementation(() => {});
  const response = await fetch(`${gateway.baseURL}/v1beta/tasks/groups/tgrp_lost/runs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      inputs: [
        { processor: "lite", input: "a" },
        { processor: "lite", input: "b" },
      ],
    }),
  });
  expect(response.status).toBe(502);
  return db.selectFrom("spend_reservations").select(["state", "runs", "cost_micro_usd"]).execute();
}

describe("a lost add-runs answer", () => {
  it("is settled when the group's run count shows its runs arrived", async () => {
    expect(await gatewayWhoseAnswerIsLost(2)).toEqual([{ state: "settled", runs: 2, cost_micro_usd: 10_000 }]);
  });

  it("is released when the group's run count shows they did not", async () => {
    expect(await gatewayWhoseAnswerIsLost(0)).toEqual([{ state: "released", runs: 2, cost_micro_usd: 10_000 }]);
  });
});
