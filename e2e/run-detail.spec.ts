import { expect, test } from "./fixtures";
import { createGroup, forgetGroup, uniqueName } from "./groups-api";
import { addRunInputs, companyInputs, SUMMARY_TEXT_SCHEMA, waitUntilIdle } from "./runs-api";

test("a JSON output shows each field with its basis: confidence, reasoning and https citations with titles", async ({
  runPage,
  request,
}) => {
  const groupId = await createGroup(request, uniqueName("Run detail"));
  const [original] = await addRunInputs(request, groupId, companyInputs(1, "Original"));
  const [runId] = await addRunInputs(request, groupId, [
    { input: { company: "Detail #0", country: "US" }, metadata: { retry_of: original, upload_id: "upl_e2e", row: 7 } },
  ]);
  await waitUntilIdle(request, groupId);

  await runPage.goto(groupId, runId);
  await expect(runPage.runId).toHaveText(runId);
  await expect(runPage.status).toHaveAttribute("data-status", "completed");
  await expect(runPage.input).toContainText("Detail #0");
  for (const field of ["ceo", "founded", "headquarters", "products"]) await expect(runPage.field(field)).toBeVisible();
  await expect(runPage.field("headquarters").getByTestId("json-tree")).toContainText("city");

  const basis = runPage.field("ceo").getByTestId("field-basis");
  await expect(basis.getByTestId("confidence-badge")).toHaveAttribute("data-confidence", /^(low|medium|high)$/);
  await expect(basis.locator("p").first()).not.toBeEmpty();
  const links = basis.getByTestId("citation").getByRole("link");
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute("href", /^https:\/\//);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
    expect((await link.textContent())?.trim().length).toBeGreaterThan(0);
  }
  await expect(basis.locator("blockquote").first()).toBeVisible();

  // Where the run came from, as its metadata says: the run it retries (a link) and the uploaded row.
  await expect(runPage.page.getByTestId("retry-of").getByRole("link")).toHaveAttribute("href", `/groups/${groupId}/runs/${original}`);
  await expect(runPage.page.getByTestId("upload-row")).toHaveText("upl_e2e, row 7");
  expect(await runPage.accessibilityViolations()).toEqual([]);
  await runPage.page.emulateMedia({ colorScheme: "dark" });
  expect(await runPage.accessibilityViolations()).toEqual([]);
});

test("a failed run shows its error and warnings as text, and no output", async ({ runPage, request, page }) => {
  const groupId = await createGroup(request, uniqueName("Failed run"));
  const [runId] = await addRunInputs(request, groupId, companyInputs(1, "Failing"));
  await waitUntilIdle(request, groupId);
  // The e2e emulator does not fail runs: the run itself is answered as a failed one.
  const run = await (await request.get(`/api/parallel/tasks/runs/${runId}`)).json();
  // Only the browser's requests can be answered here, so the page must not bring the run with its HTML.
  await forgetGroup(request, groupId);
  await page.route(`**/api/parallel/tasks/runs/${runId}`, (route) =>
    route.fulfill({
      json: {
        ...run,
        status: "failed",
        error: { ref_id: "ref_e2e", message: "Run failed: <script>window.__pwned=1</script> the source timed out" },
        warnings: [{ type: "input_validation_warning", message: "Input field 'country' was ignored" }],
      },
    }),
  );

  await runPage.goto(groupId, runId);
  await expect(runPage.status).toHaveAttribute("data-status", "failed");
  await expect(runPage.error).toContainText("Run failed: <script>window.__pwned=1</script> the source timed out");
  await expect(runPage.page.getByTestId("run-warnings")).toContainText("Input field 'country' was ignored");
  await expect(runPage.output).toContainText("This run has no output");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test("a text output renders its Markdown, with the basis below it", async ({ runPage, request }) => {
  const groupId = await createGroup(request, uniqueName("Text run"));
  const [runId] = await addRunInputs(request, groupId, [{ input: "Write about Text Co" }], SUMMARY_TEXT_SCHEMA);
  await waitUntilIdle(request, groupId);

  await runPage.goto(groupId, runId);
  await expect(runPage.markdown.getByRole("heading", { level: 2 })).toContainText("research summary");
  await expect(runPage.markdown.locator("li").first()).toBeVisible();
  await expect(runPage.output.getByTestId("field-basis")).toHaveAttribute("data-field", "output");
  await expect(runPage.output.getByTestId("citation").getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  await expect(runPage.input).toContainText("Write about Text Co");
  expect(await runPage.accessibilityViolations()).toEqual([]);
  await runPage.page.emulateMedia({ colorScheme: "dark" });
  expect(await runPage.accessibilityViolations()).toEqual([]);
});

test("a running run shows its live progress, then its output when it finishes", async ({ runPage, request }) => {
  const groupId = await createGroup(request, uniqueName("Progress"));
  // `ultra` takes 3–15 s at the e2e time scale: time to watch the trace.
  const [runId] = await addRunInputs(request, groupId, companyInputs(1, "Slow", "ultra"));

  await runPage.goto(groupId, runId);
  await expect(runPage.progress).toBeVisible({ timeout: 15_000 });
  await expect(runPage.progressMessages.first()).toBeVisible({ timeout: 15_000 });
  await expect(runPage.output).toBeVisible({ timeout: 30_000 });
  await expect(runPage.status).toHaveAttribute("data-status", "completed");
  await expect(runPage.field("ceo")).toBeVisible();
  await expect(runPage.progress).toHaveCount(0);
});

test("the breadcrumb returns to the table as it was left, and Copy link copies the run's address", async ({
  runsTable,
  runPage,
  request,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const groupId = await createGroup(request, uniqueName("Breadcrumb"));
  const ids = await addRunInputs(request, groupId, companyInputs(30, "Crumb"));
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId, "?pageSize=25&page=2&output=true");
  await expect(runsTable.rows).toHaveCount(5);
  await runsTable.row(ids[27]).getByRole("cell").nth(2).click();
  await expect(runPage.runId).toHaveText(ids[27]);

  await runPage.page.getByRole("button", { name: "Copy link" }).click();
  const copied = await runPage.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/groups/${groupId}/runs/${ids[27]}$`));

  await runPage.breadcrumbGroup.click();
  await expect(runsTable.pageLabel).toHaveText("Page 2 of 2");
  await expect(runsTable.outputToggle).toHaveAttribute("aria-pressed", "true");
  await expect(runsTable.rows.first()).toHaveAttribute("data-run-id", ids[25]);
});

test("an unknown run says it was not found", async ({ runPage, request, browserErrors }) => {
  const groupId = await createGroup(request, uniqueName("Unknown run"));
  await runPage.goto(groupId, "trun_00000000000000000000000000000000");
  await expect(runPage.notFound).toContainText("Run not found");
  // Chromium logs the expected 404 of the run request; nothing else may appear.
  const expected = browserErrors.filter((e) => e.includes("status of 404"));
  expect(expected.length).toBeGreaterThan(0);
  browserErrors.splice(0, browserErrors.length, ...browserErrors.filter((e) => !expected.includes(e)));
});
