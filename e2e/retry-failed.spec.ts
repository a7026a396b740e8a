import { expect, test } from "./fixtures";
import { readGroupRuns, waitUntilFinished, type StreamedRun } from "./fixtures/group-runs";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { SERVERS } from "./servers";

// About 30% of runs fail on this server.
test.use({ baseURL: SERVERS.failing.consoleUrl });

const retriesOf = (runs: StreamedRun[]) => runs.filter((r) => typeof r.metadata?.retry_of === "string");

test("'Retry failed' resubmits exactly the failed runs, once each, into the same group", async ({ createPage, request }) => {
  test.setTimeout(120_000);
  const groupId = await createGroup(request, uniqueName("Flaky"));
  await addRuns(request, groupId, 60);
  const counts = await waitUntilFinished(request, groupId);
  const failed = (await readGroupRuns(request, groupId, "?status=failed")).map((r) => r.run_id).sort();
  expect(failed.length).toBe(counts.failed);
  expect(failed.length).toBeGreaterThan(0);

  await createPage.goto({ groupId });
  await expect(createPage.retryFailedButton).toHaveText(`Retry failed (${failed.length})`);
  await createPage.retryFailedButton.click();
  const dialog = createPage.retryDialog;
  await expect(dialog.getByTestId("retry-count")).toHaveText(String(failed.length));
  await dialog.getByTestId("retry-start").click();
  await expect(dialog.getByTestId("retry-done")).toBeVisible({ timeout: 30_000 });

  let runs = await readGroupRuns(request, groupId);
  expect(runs).toHaveLength(60 + failed.length);
  const firstRetries = retriesOf(runs);
  expect(firstRetries.map((r) => r.metadata!.retry_of).sort()).toEqual(failed);
  // Same processor, same group.
  expect(new Set(firstRetries.map((r) => r.processor))).toEqual(new Set(["lite"]));

  // A retry's page names the run it retries, and the link opens that failed run.
  await dialog.getByTestId("retry-close").click();
  const page = createPage.page;
  const retry = firstRetries[0];
  await page.goto(`/groups/${groupId}/runs/${retry.run_id}`);
  const retryOf = page.getByTestId("retry-of").getByRole("link");
  await expect(retryOf).toHaveText(String(retry.metadata!.retry_of));
  await retryOf.click();
  await expect(page).toHaveURL(new RegExp(`/groups/${groupId}/runs/${String(retry.metadata!.retry_of)}$`));
  await expect(page.getByTestId("run-view")).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("run-error")).toBeVisible();

  // Again: the originals are not offered twice; only retries that failed in turn are.
  await waitUntilFinished(request, groupId);
  const failedRetries = (await readGroupRuns(request, groupId, "?status=failed")).filter((r) => typeof r.metadata?.retry_of === "string");
  await createPage.goto({ groupId });
  await createPage.retryFailedButton.click();
  await expect(dialog.getByTestId("retry-summary")).toContainText(`${failed.length} already retried`);
  await expect(dialog.getByTestId("retry-count")).toHaveText(String(failedRetries.length));
  if (failedRetries.length > 0) {
    await dialog.getByTestId("retry-start").click();
    await expect(dialog.getByTestId("retry-done")).toBeVisible({ timeout: 30_000 });
  }
  runs = await readGroupRuns(request, groupId);
  const retried = retriesOf(runs).map((r) => String(r.metadata!.retry_of));
  expect(new Set(retried).size, "no run is retried twice").toBe(retried.length);
  expect(retried.filter((id) => failed.includes(id)).sort()).toEqual(failed);
  expect(runs).toHaveLength(60 + failed.length + failedRetries.length);
});
