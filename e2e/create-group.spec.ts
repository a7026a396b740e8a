import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { allowConsoleErrors } from "./fixtures/expected-errors";
import { ADD_RUNS, firstRow, isAddRuns, startUploadHeldAfterFirstBatch } from "./fixtures/held-upload-batches";
import { refuseAddRuns } from "./fixtures/refuse-add-runs";
import { companiesCsv } from "./fixtures/upload-files";
import { groupUploads, range, readGroupRuns, upload, uploadRows, waitUntilFinished, type StreamedRun } from "./fixtures/group-runs";
import { createGroupWithRuns, uniqueName } from "./groups-api";
import type { CreatePage } from "./pages/create-page";
import { SERVERS } from "./servers";

/** Opens the form with a CSV of `rows` companies and waits until it has read every row. */
async function openWithCompanies(createPage: CreatePage, rows: number, label: string): Promise<void> {
  await createPage.goto();
  await createPage.chooseFile(companiesCsv(rows, label));
  await expect(createPage.rowTotal).toHaveText(`${rows.toLocaleString("en-US")} rows`);
}

/** Asserts that the group's upload put rows 1 to `rows` in the group once each; answers the group's runs. */
async function expectEachRowOnce(request: APIRequestContext, groupId: string, rows: number): Promise<StreamedRun[]> {
  const runs = await readGroupRuns(request, groupId);
  const [entry] = await groupUploads(request, groupId);
  expect(uploadRows(runs, entry.id)).toEqual(range(1, rows));
  return runs;
}

test("a 2,500-row CSV becomes exactly 2,500 runs in 3 batches, and the group completes", async ({ createPage, request }) => {
  const name = uniqueName("Upload 2500");
  await createPage.goto();
  await createPage.name.fill(name);
  await createPage.chooseFile(companiesCsv(2_500));

  await expect(createPage.rowTotal).toHaveText("2,500 rows");
  await expect(createPage.preview).toContainText("Company 1");
  // lite: $5 per 1,000 runs, 10 s–1 min per run.
  await expect(createPage.estimateCost).toHaveText("$12.50");
  await expect(createPage.estimateTime).toContainText("Each run takes 10 s–1 min; runs execute in parallel");
  const posts: number[] = [];
  createPage.page.on("request", (r) => isAddRuns(r) && posts.push(firstRow(r)));
  await createPage.submit.click();

  const groupId = await createPage.waitForGroup();
  expect(posts.sort((a, b) => a - b)).toEqual([1, 1_001, 2_001]);
  const runs = await readGroupRuns(request, groupId);
  expect(runs).toHaveLength(2_500);
  const [entry] = await groupUploads(request, groupId);
  expect(uploadRows(runs, entry.id)).toEqual(range(1, 2_500));
  expect(entry).toMatchObject({ state: "done", total_rows: 2_500, batch_count: 3, batches_done: 3, submitted_rows: 2_500 });
  expect(((await (await request.get(`/api/groups/${groupId}`)).json()) as { name: string }).name).toBe(name);

  const counts = await waitUntilFinished(request, groupId);
  expect(counts).toEqual({ completed: 2_500 });
});

test("a reload in the middle of an upload resumes it without a duplicate or a gap", async ({ createPage, request, browserErrors }) => {
  test.setTimeout(90_000);
  // Batch 1 is answered and journaled; batch 2 reaches the server, which creates its runs, but the
  // answer is held; batch 3 is held before it reaches the server. Then the page reloads with both unanswered.
  const heldUpload = await startUploadHeldAfterFirstBatch(createPage, uniqueName("Reload"));
  const { uploadId } = heldUpload;
  const resent = await heldUpload.reload();

  const groupId = await createPage.waitForGroup();
  // Only the batch that never reached the server is sent again.
  expect(resent).toEqual([2_001]);
  const runs = await readGroupRuns(request, groupId);
  expect(runs).toHaveLength(2_500);
  expect(uploadRows(runs, uploadId)).toEqual(range(1, 2_500));
  expect(await upload(request, uploadId)).toMatchObject({ state: "done", submitted_rows: 2_500, batches_done: 3 });
  allowConsoleErrors(browserErrors, /net::ERR_/);
});

test("a lost answer is checked against the group's runs before anything is sent again", async ({ createPage, request, browserErrors }) => {
  await openWithCompanies(createPage, 1_500, "Lost answer");
  // The first batch is created upstream but its answer is lost; the second fails before the server.
  const seen = new Map<number, number>();
  await createPage.page.route(ADD_RUNS, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const row = firstRow(route.request());
    const n = (seen.get(row) ?? 0) + 1;
    seen.set(row, n);
    if (n > 1) return route.continue();
    if (row === 1) await route.fetch();
    await route.abort("connectionreset");
  });
  await createPage.submit.click();
  const groupId = await createPage.waitForGroup();

  expect(Object.fromEntries(seen)).toEqual({ 1: 1, 1_001: 2 });
  await expectEachRowOnce(request, groupId, 1_500);
  allowConsoleErrors(browserErrors, /net::ERR_/);
});

test("a 429 with Retry-After is waited out and the rows land once", async ({ createPage, request, browserErrors }) => {
  await openWithCompanies(createPage, 1_200, "Synthetic 429");
  await refuseAddRuns(createPage.page, { times: 1, status: 429, retryAfterS: 2, error: { message: "Rate limit exceeded" } });
  await createPage.submit.click();
  await expect(createPage.uploadWaiting).toContainText("The API asked to slow down");
  await expectEachRowOnce(request, await createPage.waitForGroup(), 1_200);
  allowConsoleErrors(browserErrors, /status of 429/);
});

test("Cancel stops sending; Resume sends the rest, each row once", async ({ createPage, request, browserErrors }) => {
  await openWithCompanies(createPage, 2_500, "Cancelled");
  // Every add-runs request is refused with a long Retry-After until the user has cancelled.
  let refusing = true;
  await refuseAddRuns(createPage.page, { refuses: () => refusing, status: 429, retryAfterS: 600, error: { message: "Slow down" } });
  await createPage.submit.click();
  await expect(createPage.uploadWaiting).toBeVisible();
  await createPage.page.getByTestId("cancel-upload").click();
  await expect(createPage.page.getByTestId("upload-cancelled")).toContainText("0 of 2,500 rows are in the group");

  refusing = false;
  await createPage.page.getByTestId("resume-upload").click();
  await expectEachRowOnce(request, await createPage.waitForGroup(), 2_500);
  allowConsoleErrors(browserErrors, /status of 429/);
});

test("a batch the API rejects is listed by row, and 'Retry' sends just those rows", async ({ createPage, request, browserErrors }) => {
  await openWithCompanies(createPage, 2_100, "Rejected");
  await refuseAddRuns(createPage.page, {
    refuses: (request) => firstRow(request) === 1_001,
    times: 1,
    status: 422,
    error: { code: "validation_failed", message: "inputs[3].processor: Unknown processor 'lite'" },
  });
  await createPage.submit.click();
  const failedRows = createPage.page.getByTestId("failed-rows");
  await expect(failedRows).toContainText("1,000 rows were not accepted");
  await expect(failedRows.getByTestId("failed-row").first()).toHaveText("Row 1001: row 1004.processor: Unknown processor 'lite'");
  await expect(createPage.uploadRows).toHaveText("1,100 of 2,100 rows submitted");

  await createPage.page.getByTestId("retry-failed-rows").click();
  await expectEachRowOnce(request, await createPage.waitForGroup(), 2_100);
  allowConsoleErrors(browserErrors, /status of 422/);
});

test("'Add runs' on a group's page adds the file's rows to that group, with the group's task", async ({
  createPage,
  groupPage,
  request,
}) => {
  const { groupId, name } = await createGroupWithRuns(request, "Existing", 5);
  await waitUntilFinished(request, groupId);

  await groupPage.goto(groupId);
  await groupPage.page.getByTestId("add-runs-link").click();
  await expect(createPage.targetGroup).toContainText(name);
  // The group's runs used a JSON schema with `ceo`: the form starts from it.
  await expect(createPage.page.getByTestId("output-json")).toBeChecked();
  await expect(createPage.page.getByTestId("json-schema-editor")).toHaveValue(/"ceo"/);
  await createPage.chooseFile(companiesCsv(30, "Added"));
  await expect(createPage.rowTotal).toHaveText("30 rows");
  await expect(createPage.submit).toHaveText("Add 30 runs");
  await createPage.submit.click();

  expect(await createPage.waitForGroup()).toBe(groupId);
  const runs = await expectEachRowOnce(request, groupId, 30);
  expect(runs).toHaveLength(35);
  expect(await waitUntilFinished(request, groupId)).toEqual({ completed: 35 });
});

test.describe("against an API that allows 2 add-runs requests in 20 seconds", () => {
  test.use({ baseURL: SERVERS.rateLimited.consoleUrl });

  test("the upload waits out real 429s and still ends with exactly 2,500 runs", async ({ createPage, request, browserErrors }) => {
    // The third batch waits for the emulator's 20-second window to let it through.
    test.setTimeout(120_000);
    await openWithCompanies(createPage, 2_500, "Rate limited");
    const statuses: number[] = [];
    createPage.page.on("response", (r) => isAddRuns(r.request()) && statuses.push(r.status()));
    await createPage.submit.click();

    await expect(createPage.uploadWaiting).toContainText("The API asked to slow down", { timeout: 60_000 });
    const groupId = await createPage.waitForGroup(90_000);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    const runs = await expectEachRowOnce(request, groupId, 2_500);
    expect(runs).toHaveLength(2_500);
    allowConsoleErrors(browserErrors, /status of 429/);
  });
});
