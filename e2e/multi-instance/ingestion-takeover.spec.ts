import { addManyRuns } from "../../lib/run-cache/test-support";
import { createApiClient } from "../../lib/testing/api-client";
import { KEY_CANARY } from "../../scripts/key-canary";
import { createGroup, uniqueName } from "../groups-api";
import { expect, test } from "./fixtures";

// One instance at a time caches a group's runs (a cluster-wide lease). When that instance dies
// mid-way, another one asked for the group takes over from the stored cursor after the lease
// expired, and the cache ends up with every run exactly once.

const RUNS = 20_000;

interface Progress {
  total: number;
  ingestion: { ingested: number; complete: boolean };
}

test("A is killed while it caches a 20,000-run group; B completes the cache with 0 lost and 0 duplicated runs", async ({
  cluster,
  api,
}) => {
  const throughA = await api("a");
  const groupId = await createGroup(throughA, uniqueName("Takeover"));
  const upstream = createApiClient({ baseUrl: cluster.emulator.url, prefix: "/v1", apiKey: KEY_CANARY });
  const upstreamIds = await addManyRuns(upstream, groupId, RUNS);

  // The first page starts A's ingestion and answers once its first batch is stored.
  const first = await throughA.get(`/api/groups/${groupId}/runs?limit=10`);
  expect(first.status()).toBe(200);
  await cluster.a.stop("SIGKILL");

  const throughB = await api("b");
  const atKill = ((await (await throughB.get(`/api/groups/${groupId}/runs?limit=1`)).json()) as Progress).ingestion.ingested;
  expect(atKill, "A had cached some of the runs, not all, when it was killed").toBeGreaterThan(0);
  expect(atKill).toBeLessThan(RUNS);

  // The export waits for the cache to be complete: B takes the ingestion over once A's lease expired.
  const exported = await throughB.get(`/api/groups/${groupId}/export?format=jsonl`, { timeout: 120_000 });
  expect(exported.status()).toBe(200);
  const ids = (await exported.text())
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { run: { run_id: string } }).run.run_id);

  const cached = new Set(ids);
  const lost = upstreamIds.filter((id) => !cached.has(id));
  const duplicated = ids.length - cached.size;
  expect({ lost: lost.length, duplicated, cached: ids.length }).toEqual({ lost: 0, duplicated: 0, cached: RUNS });
  expect(cached).toEqual(new Set(upstreamIds));

  // Forgetting the group stops the cache's catch-up on B, so the next tests start on a quiet cluster.
  expect((await throughB.delete(`/api/groups/${groupId}`)).status()).toBe(204);
});
