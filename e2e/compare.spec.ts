import { storageStatePath } from "./auth-state";
import { expect, test } from "./fixtures";
import { waitUntilFinished } from "./fixtures/group-runs";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { ComparePage } from "./pages/compare-page";

const RUNS = 30;
const SAMPLE = 20;
// Another field first: the emulator then draws a different CEO for most rows, so the groups disagree.
const EDITED_SPEC = JSON.stringify({
  output_schema: {
    type: "json",
    json_schema: { type: "object", properties: { headline: { type: "string" }, ceo: { type: "string" } }, required: ["headline", "ceo"] },
  },
});

test("try another processor on a sample, compare, filter to disagreements, open both bases, share the link", async ({
  groupPage,
  browser,
}) => {
  test.setTimeout(120_000);
  const page = groupPage.page;
  const groupId = await createGroup(page.request, uniqueName("Compare"));
  await addRuns(page.request, groupId, RUNS);
  await waitUntilFinished(page.request, groupId);

  await page.goto(`/groups/${groupId}`);
  await page.getByTestId("try-processor-button").click();
  const dialog = page.getByTestId("try-processor-dialog");
  await dialog.getByTestId("sample-method").selectOption("first");
  await dialog.getByTestId("sample-size").fill(String(SAMPLE));
  await dialog.getByTestId("sample-processor").selectOption("base");
  await dialog.getByTestId("sample-task-spec").fill(EDITED_SPEC);
  // The estimate: the sample next to the full set, at each processor.
  const base = dialog.locator('[data-testid="sample-estimate-row"][data-processor="base"]');
  await expect(base).toContainText("$0.20");
  await expect(base).toContainText("$0.30");
  await dialog.getByTestId("sample-submit").click();

  await expect(page).toHaveURL(new RegExp(`/compare\\?groups=${groupId}(%2C|,)tgrp_`));
  const compare = new ComparePage(page);
  await expect(compare.groupRows).toHaveCount(2);
  await expect(compare.stillReading).toHaveCount(0, { timeout: 60_000 });
  await expect(compare.matched).toHaveText(`${SAMPLE} matched rows`);
  await expect(compare.fieldRow("ceo").getByTestId("compare-agreement")).not.toContainText("100%");

  // Disagreements on the CEO only (the sample's spec adds a `headline` the first group lacks).
  await compare.show.selectOption("disagreements");
  await compare.field.selectOption("ceo");
  await expect(compare.page).toHaveURL(/show=disagreements.*field=ceo|field=ceo.*show=disagreements/);
  await expect(compare.rowsTable).toHaveAttribute("aria-busy", "false");
  const differing = compare.cells("ceo");
  const count = await differing.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(differing.nth(i)).toHaveAttribute("data-differs", "true");

  await differing.first().getByRole("button").click();
  await expect(compare.cellDialog).toBeVisible();
  await expect(compare.cellDialog.getByTestId("cell-basis-side")).toHaveCount(2);
  await expect(compare.cellDialog.getByTestId("field-basis")).toHaveCount(2);

  // The link is the view: a fresh browser context opens the same filter and the same open cell.
  const link = page.url();
  // A teammate (a viewer) opening the shared link.
  const fresh = await browser.newContext({ storageState: storageStatePath("viewer") });
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    const shared = new ComparePage(other);
    await expect(shared.show).toHaveValue("disagreements");
    await expect(shared.field).toHaveValue("ceo");
    await expect(shared.cellDialog).toBeVisible();
    await expect(shared.cellDialog.getByTestId("field-basis")).toHaveCount(2);
  } finally {
    await fresh.close();
  }
});
