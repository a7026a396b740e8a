import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createGroup, uniqueName } from "./groups-api";
import { addRunInputs, companyInputs, SUMMARY_TEXT_SCHEMA, waitUntilIdle } from "./runs-api";
import { SERVERS } from "./servers";

// The second e2e server's emulator plants script tags, onerror images, javascript: links and
// iframes in every output, reasoning, citation and progress message (EMULATOR_HOSTILE_CONTENT=1).
test.use({ baseURL: SERVERS.hostile.consoleUrl });

async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // Next.js's own scripts live in <head> and at the end of <body>; none may come from content.
  await expect(page.locator("main script, main iframe, main img[onerror], main [onerror]")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator("iframe")).toHaveCount(0);
}

test("hostile markup in outputs stays text in the runs table", async ({ runsTable, request, page }) => {
  const groupId = await createGroup(request, uniqueName("Hostile table"));
  await addRunInputs(request, groupId, companyInputs(4, "Hostile"));
  await addRunInputs(request, groupId, [{ input: "Hostile text run" }], SUMMARY_TEXT_SCHEMA);
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId, "?output=true&input=true");
  await expect(runsTable.rows).toHaveCount(5);
  await expect(runsTable.table).toContainText("<script>window.__pwned=1</script>");
  await expectInert(page);
});

test("hostile markup in a JSON run's fields, reasoning and citations renders inert", async ({ runPage, request, page }) => {
  const groupId = await createGroup(request, uniqueName("Hostile JSON"));
  const [runId] = await addRunInputs(request, groupId, companyInputs(1, "Hostile"));
  await waitUntilIdle(request, groupId);

  await runPage.goto(groupId, runId);
  await expect(runPage.outputFields.first()).toBeVisible();
  await expect(runPage.output).toContainText("window.__pwned=1");
  // A citation whose url is javascript: is shown as text, not as a link.
  const unsafe = runPage.output.getByTestId("unsafe-link");
  expect(await unsafe.count()).toBeGreaterThan(0);
  for (const link of await runPage.output.getByTestId("citation").getByRole("link").all()) {
    await expect(link).toHaveAttribute("href", /^https?:\/\//);
  }
  await expectInert(page);
});

test("hostile Markdown in a text run renders inert, its payload visible as text", async ({ runPage, request, page }) => {
  const groupId = await createGroup(request, uniqueName("Hostile text"));
  const [runId] = await addRunInputs(request, groupId, [{ input: "Hostile Markdown run" }], SUMMARY_TEXT_SCHEMA);
  await waitUntilIdle(request, groupId);

  await runPage.goto(groupId, runId);
  await expect(runPage.markdown).toBeVisible();
  await expect(runPage.markdown).toContainText("<script>window.__pwned=1</script>");
  await expect(runPage.markdown).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(runPage.markdown).toContainText("click me");
  await expect(runPage.markdown.getByRole("link", { name: "click me" })).toHaveCount(0);
  await expectInert(page);
});

const RUNNING_RUN_ATTEMPTS = 3;

test("a hostile progress trace renders inert while the run is running", async ({ runPage, request, page }) => {
  test.setTimeout(RUNNING_RUN_ATTEMPTS * 60_000);
  // A run takes 3–15 s here; on a loaded machine it may finish before its page shows progress. Then
  // the premise (a running run) did not hold: try a new run rather than pass without checking it.
  for (let attempt = 1; attempt <= RUNNING_RUN_ATTEMPTS; attempt++) {
    const groupId = await createGroup(request, uniqueName("Hostile progress"));
    const [runId] = await addRunInputs(request, groupId, companyInputs(1, "Hostile", "ultra"));
    await runPage.goto(groupId, runId);
    await expect(runPage.progressMessages.nth(1).or(runPage.output)).toBeVisible({ timeout: 20_000 });
    if (await runPage.output.isVisible()) continue;
    await expectInert(page);
    await expect(runPage.output).toBeVisible({ timeout: 30_000 });
    await expectInert(page);
    return;
  }
  throw new Error(`the run finished before its page showed progress in ${RUNNING_RUN_ATTEMPTS} attempts`);
});
