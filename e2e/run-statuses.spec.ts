import { expect, test } from "./fixtures";
import { readGroupRuns, waitUntilFinished } from "./fixtures/group-runs";
import { companiesCsv } from "./fixtures/upload-files";
import { dropExpectedResourceErrors, uniqueName } from "./groups-api";
import { SERVERS } from "./servers";

// About a third of the runs here are cancelled and half wait in action_required first; the account
// has $1 of credit; the console asks for webhooks to itself on the runs it creates.
test.use({ baseURL: SERVERS.statuses.consoleUrl });

test("cancelled runs are counted, filtered, badged and offered to Retry failed; runs ask for webhooks", async ({
  createPage,
  groupPage,
  runsTable,
  request,
}) => {
  test.setTimeout(120_000);
  await createPage.goto();
  await expect(createPage.page.getByTestId("ask-for-webhooks")).toBeChecked();
  expect(await createPage.accessibilityViolations()).toEqual([]);
  await createPage.name.fill(uniqueName("Statuses"));
  await createPage.chooseFile(companiesCsv(30, "Statuses"));
  await expect(createPage.rowTotal).toHaveText("30 rows");
  await createPage.submit.click();
  const groupId = await createPage.waitForGroup();

  const counts = await waitUntilFinished(request, groupId);
  expect(counts.cancelled).toBeGreaterThan(0);
  const runs = await readGroupRuns(request, groupId);
  const input = (await (await request.get(`/api/parallel/tasks/runs/${runs[0].run_id}/input`)).json()) as { webhook?: unknown };
  expect(input.webhook).toEqual({ url: `${SERVERS.statuses.consoleUrl}/api/webhooks/parallel`, event_types: ["task_run.status"] });

  await groupPage.goto(groupId);
  await expect(groupPage.breakdownRow("cancelled")).toHaveAttribute("data-count", String(counts.cancelled));
  await expect(groupPage.breakdownRow("cancelled")).toContainText("Cancelled");
  await expect(groupPage.page.getByTestId("retry-failed-button")).toHaveText(`Retry failed (${counts.cancelled + (counts.failed ?? 0)})`);

  await runsTable.goto(groupId, "?status=cancelled");
  await runsTable.settled();
  await expect.poll(() => runsTable.statuses()).toEqual(Array.from({ length: counts.cancelled }, () => "cancelled"));

  const cancelled = runs.find((r) => r.status === "cancelled")!;
  await createPage.page.goto(`/groups/${groupId}/runs/${cancelled.run_id}`);
  await expect(createPage.page.getByTestId("run-view")).toHaveAttribute("data-status", "cancelled");
  await expect(createPage.page.getByTestId("run-view")).toContainText("it is cancelled");

  await groupPage.goto(groupId);
  await groupPage.page.getByTestId("retry-failed-button").click();
  await expect(groupPage.page.getByTestId("retry-summary")).toContainText(`${counts.cancelled} cancelled`);
  await expect(groupPage.page.getByTestId("retry-count")).toHaveText(String(counts.cancelled + (counts.failed ?? 0)));
});

test("an upload the account cannot pay for says it is out of credit", async ({ createPage, browserErrors }) => {
  await createPage.goto();
  await createPage.name.fill(uniqueName("No credit"));
  // ultra8x costs $2.40 a run: more than the account's $1.
  await createPage.processor.selectOption("ultra8x");
  await createPage.chooseFile(companiesCsv(2, "Expensive"));
  await expect(createPage.rowTotal).toHaveText("2 rows");
  await createPage.submit.click();
  const failed = createPage.page.getByTestId("failed-row");
  await expect(failed.first()).toContainText("Out of credit: the Parallel account has no credit left for these runs", { timeout: 30_000 });
  await expect(failed).toHaveCount(2);
  dropExpectedResourceErrors(browserErrors, 402);
});
