import { addRuns, createGroup, uniqueName } from "../groups-api";
import { GroupPage } from "../pages/group-page";
import { GroupsPage } from "../pages/groups-page";
import { expect, test } from "./fixtures";

// Two instances on one database and one upstream behave as one console, whichever the load
// balancer picks for each request.

const RUNS = 12;
const KEEPERS = 10;
const VIEWERS_PER_INSTANCE = 3;

test("a group created through A is listed and followed live on B", async ({ cluster, ownerSession, api, browser }) => {
  const throughA = await api("a");
  const groupId = await createGroup(throughA, uniqueName("Multi"));
  // The slowest runs keep the group active while B's page opens, however long a busy machine takes to load it.
  await addRuns(throughA, groupId, KEEPERS, "ultra8x");
  await addRuns(throughA, groupId, RUNS, "pro");

  cluster.lb.switchTo(cluster.b.url);
  const context = await browser.newContext({ baseURL: cluster.lb.url, storageState: ownerSession });
  const groups = new GroupsPage(await context.newPage());
  await groups.goto();
  await expect(groups.row(groupId)).toBeVisible();

  const group = new GroupPage(groups.page);
  await group.goto(groupId);
  await expect(group.page.getByTestId("live-indicator")).toHaveAttribute("data-connection", "open", { timeout: 60_000 });
  // Added through A while B's page watches: B's own upstream events show them.
  await addRuns(throughA, groupId, RUNS);
  await expect(group.progressTotal).toHaveText(String(KEEPERS + 2 * RUNS), { timeout: 30_000 });
  // Every quick run completes on B's page (a keeper may finish too, late).
  await expect
    .poll(async () => Number(await group.breakdownRow("completed").getAttribute("data-count")), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(2 * RUNS);
  await context.close();
});

test("a session and an API token are valid on every instance", async ({ cluster, api }) => {
  // The session signed in through the load balancer (on A) reads on B.
  const throughB = await api("b");
  expect((await throughB.get("/api/groups")).status()).toBe(200);

  const made = await throughB.post("/api/tokens", { data: { name: uniqueName("multi token"), scope: "read" } });
  expect(made.status()).toBe(201);
  const { token } = (await made.json()) as { token: string };
  for (const url of [cluster.a.url, cluster.b.url]) {
    const response = await fetch(`${url}/api/groups`, { headers: { "x-api-key": token } });
    expect(response.status, `the token made on B, on ${url}`).toBe(200);
  }
});

test("each instance keeps one upstream events connection for a watched group, however many viewers it has", async ({
  cluster,
  ownerSession,
  api,
}) => {
  const throughA = await api("a");
  const groupId = await createGroup(throughA, uniqueName("Watched"));
  // Enough slow runs that the group stays active while the viewers connect.
  await addRuns(throughA, groupId, 200, "pro");
  const cookie = ownerSession.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const before = cluster.emulator.stats().eventsStreamsOpen;

  const stop = new AbortController();
  const viewers = [cluster.a.url, cluster.b.url].flatMap((url) =>
    Array.from({ length: VIEWERS_PER_INSTANCE }, () =>
      fetch(`${url}/api/groups/${groupId}/events`, { headers: { cookie }, signal: stop.signal }),
    ),
  );
  for (const response of await Promise.all(viewers)) expect(response.status).toBe(200);
  await expect.poll(() => cluster.emulator.stats().eventsStreamsOpen - before, { timeout: 15_000 }).toBe(2);
  stop.abort();
});
