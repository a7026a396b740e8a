import { storageStatePath } from "./auth-state";
import { request as requestFactory } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openFirstHtml } from "./fixtures/first-html";
import { OutageUpstream } from "./fixtures/outage-upstream";
import { SilentUpstream } from "./fixtures/silent-upstream";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { waitUntilIdle } from "./runs-api";
import { SERVERS } from "./servers";

// A shared link shows its data in the HTML the server sends, not a spinner that fetches after hydration.

const RUNS = 30;
// Rows of the first runs page that must be in the first HTML (the table lays out about a screenful).
const FIRST_ROWS = 10;

test("a group link's first HTML has the group's name, its counts and its first runs", async ({ request, browser }) => {
  const name = uniqueName("First HTML");
  const groupId = await createGroup(request, name);
  await addRuns(request, groupId, RUNS);
  await waitUntilIdle(request, groupId);
  const firstPage = (await (await request.get(`/api/groups/${groupId}/runs?limit=50`)).json()) as {
    items: Array<{ run: { run_id: string } }>;
  };
  const firstRunIds = firstPage.items.slice(0, FIRST_ROWS).map((item) => item.run.run_id);
  expect(firstRunIds).toHaveLength(FIRST_ROWS);

  const html = await openFirstHtml(request, browser, `/groups/${groupId}`);
  try {
    await expect(html.getByTestId("group-title")).toHaveText(name);
    await expect(html.getByTestId("progress-total")).toHaveText(String(RUNS));
    await expect(html.getByTestId("breakdown-completed")).toHaveAttribute("data-count", String(RUNS));
    await expect(html.getByTestId("group-loading")).toHaveCount(0);
    const rowIds = await html.getByTestId("run-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-run-id")));
    expect(rowIds.slice(0, FIRST_ROWS)).toEqual(firstRunIds);
  } finally {
    await html.context().close();
  }
});

test("a filtered, paged group link's first HTML has that page's runs", async ({ request, browser }) => {
  const groupId = await createGroup(request, uniqueName("First HTML page 2"));
  await addRuns(request, groupId, RUNS);
  await waitUntilIdle(request, groupId);
  const secondPage = (await (await request.get(`/api/groups/${groupId}/runs?limit=25&offset=25&status=completed`)).json()) as {
    items: Array<{ run: { run_id: string } }>;
  };
  const expected = secondPage.items.map((item) => item.run.run_id);
  expect(expected).toHaveLength(RUNS - 25);

  const html = await openFirstHtml(request, browser, `/groups/${groupId}?status=completed&page=2&pageSize=25`);
  try {
    const rowIds = await html.getByTestId("run-row").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-run-id")));
    expect(rowIds).toEqual(expected);
  } finally {
    await html.context().close();
  }
});

test("the home page's first HTML lists the groups", async ({ request, browser }) => {
  const name = uniqueName("First HTML list");
  const groupId = await createGroup(request, name);

  const html = await openFirstHtml(request, browser, `/?q=${encodeURIComponent(name)}`);
  try {
    await expect(html.getByTestId("groups-loading")).toHaveCount(0);
    await expect(html.locator(`[data-testid="group-row"][data-group-id="${groupId}"]`).getByTestId("group-name")).toHaveText(name);
  } finally {
    await html.context().close();
  }
});

test("a run link's first HTML has the run's id and status", async ({ request, browser }) => {
  const groupId = await createGroup(request, uniqueName("First HTML run"));
  await addRuns(request, groupId, 1);
  await waitUntilIdle(request, groupId);
  const page = (await (await request.get(`/api/groups/${groupId}/runs?limit=1`)).json()) as { items: Array<{ run: { run_id: string } }> };
  const runId = page.items[0].run.run_id;

  const html = await openFirstHtml(request, browser, `/groups/${groupId}/runs/${runId}`);
  try {
    await expect(html.getByTestId("run-id")).toHaveText(runId);
    await expect(html.getByTestId("run-view")).toHaveAttribute("data-status", "completed");
    await expect(html.getByTestId("run-view").locator("header").getByTestId("status-badge")).toHaveAttribute("data-status", "completed");
  } finally {
    await html.context().close();
  }
});

test.describe("with an upstream that never answers", () => {
  const upstream = new OutageUpstream();
  const silent = new SilentUpstream();
  test.afterAll(async () => {
    await silent.stop();
    await upstream.stop();
  });

  test("the home page's HTML lists the groups without waiting for the upstream's answer", async ({ browser }) => {
    const request = await requestFactory.newContext({ baseURL: SERVERS.outage.consoleUrl, storageState: storageStatePath("admin") });
    try {
      await upstream.start();
      const name = uniqueName("Silent upstream");
      const groupId = await createGroup(request, name);
      await upstream.stop();
      await silent.start(SERVERS.outage.emulatorPort);

      const html = await openFirstHtml(request, browser, `/?q=${encodeURIComponent(name)}`);
      try {
        await expect(html.locator(`[data-testid="group-row"][data-group-id="${groupId}"]`)).toHaveCount(1);
        await expect(html.getByTestId("groups-loading")).toHaveCount(0);
        await expect(html.getByTestId("upstream-label")).toHaveText(/ at http:\/\/127\.0\.0\.1:/);
        // The server did not wait for the probe: the page says the browser is still asking, not that it timed out.
        await expect(html.getByTestId("upstream-health")).toHaveAttribute("data-health", "unknown");
      } finally {
        await html.context().close();
      }
    } finally {
      await request.dispose();
    }
  });
});
