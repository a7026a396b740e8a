import { storageStatePath } from "./auth-state";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createGroup, forgetGroup, uniqueName } from "./groups-api";
import { RunsTable } from "./pages/runs-table";
import { addRunInputs, companyInputs, waitUntilIdle } from "./runs-api";

/** The `fields` parameter of every runs-page request the page makes from now on. */
function recordRunsRequests(page: Page, groupId: string): string[] {
  const fields: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === `/api/groups/${groupId}/runs`) fields.push(url.searchParams.get("fields") ?? "");
  });
  return fields;
}

test("the Output toggle adds one column per output field, and outputs are fetched only while it is on", async ({
  runsTable,
  request,
  page,
}) => {
  const groupId = await createGroup(request, uniqueName("Output toggle"));
  const ids = await addRunInputs(request, groupId, companyInputs(12, "Toggle"));
  await waitUntilIdle(request, groupId);
  // A listed group's first runs come with the page's HTML; this test watches the browser ask for them.
  await forgetGroup(request, groupId);
  const fields = recordRunsRequests(page, groupId);

  await runsTable.goto(groupId);
  await expect(runsTable.rows).toHaveCount(12);
  await expect(runsTable.outputToggle).toHaveAttribute("aria-pressed", "false");
  await expect(runsTable.columnHeader("headquarters.city")).toHaveCount(0);
  expect(fields.length).toBeGreaterThan(0);
  expect(fields.every((f) => !f.includes("output"))).toBe(true);

  await runsTable.outputToggle.click();
  await expect(runsTable.outputToggle).toHaveAttribute("aria-pressed", "true");
  for (const column of ["ceo", "founded", "headquarters.city", "headquarters.country", "products"]) {
    await expect(runsTable.columnHeader(column)).toBeVisible();
  }
  await expect(page).toHaveURL(/[?&]output=true/);
  expect(fields.at(-1)).toBe("output");
  // The cells hold the outputs: a founding year under `founded`, nested fields under dotted keys.
  await expect.poll(() => runsTable.cellText(ids[0], "founded")).toMatch(/^\d{4}$/);
  await expect.poll(() => runsTable.cellText(ids[0], "headquarters.city")).toMatch(/\w/);
  expect(await runsTable.accessibilityViolations()).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await runsTable.accessibilityViolations()).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });

  await runsTable.outputToggle.click();
  await expect(runsTable.columnHeader("headquarters.city")).toHaveCount(0);
  await expect(page).not.toHaveURL(/output=/);
});

test("pages forward to page 3 and back, each page other runs, page 1 the same again", async ({ runsTable, request }) => {
  const groupId = await createGroup(request, uniqueName("Paging"));
  const ids = await addRunInputs(request, groupId, companyInputs(60, "Pager"));
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId, "?pageSize=25");
  await expect(runsTable.pageLabel).toHaveText("Page 1 of 3");
  await expect(runsTable.rows).toHaveCount(25);
  const page1 = await runsTable.rowIds();
  expect(page1).toEqual(ids.slice(0, 25));

  await runsTable.next.click();
  await expect(runsTable.pageLabel).toHaveText("Page 2 of 3");
  await runsTable.settled();
  await expect(runsTable.rows.first()).toHaveAttribute("data-run-id", ids[25]);
  const page2 = await runsTable.rowIds();

  await runsTable.next.click();
  await expect(runsTable.pageLabel).toHaveText("Page 3 of 3");
  await runsTable.settled();
  await expect(runsTable.rows).toHaveCount(10);
  const page3 = await runsTable.rowIds();
  await expect(runsTable.range).toHaveText("51–60 of 60");
  await expect(runsTable.next).toBeDisabled();

  expect(new Set([...page1, ...page2, ...page3]).size).toBe(60);
  expect(page3).toEqual(ids.slice(50));

  await runsTable.previous.click();
  await expect(runsTable.pageLabel).toHaveText("Page 2 of 3");
  await runsTable.previous.click();
  await expect(runsTable.pageLabel).toHaveText("Page 1 of 3");
  await runsTable.settled();
  expect(await runsTable.rowIds()).toEqual(page1);
  await expect(runsTable.previous).toBeDisabled();
});

test("a filtered view's link opens the same view in a fresh browser", async ({ runsTable, request, page, browser }) => {
  const groupId = await createGroup(request, uniqueName("Shared view"));
  await addRunInputs(request, groupId, [...companyInputs(70, "Alpha"), ...companyInputs(20, "Beta")]);
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId);
  await runsTable.statusFilter.selectOption("completed");
  await runsTable.search.fill("alpha");
  await expect(runsTable.range).toHaveText(/of 70$/);
  await runsTable.pageSize.selectOption("25");
  await runsTable.inputToggle.click();
  await runsTable.outputToggle.click();
  await runsTable.next.click();
  await expect(runsTable.pageLabel).toHaveText("Page 2 of 3");
  await runsTable.settled();
  await expect(runsTable.columnHeader("ceo")).toBeVisible();
  const ids = await runsTable.rowIds();
  expect(ids).toHaveLength(25);
  const link = page.url();
  expect(link).toMatch(/status=completed/);
  expect(link).toMatch(/q=alpha/);

  // A teammate (a viewer) opening the shared link.
  const context = await browser.newContext({ storageState: storageStatePath("viewer") });
  try {
    const other = new RunsTable(await context.newPage());
    await other.page.goto(link);
    await expect(other.pageLabel).toHaveText("Page 2 of 3");
    await expect(other.rows).toHaveCount(25);
    expect(await other.rowIds()).toEqual(ids);
    await expect(other.search).toHaveValue("alpha");
    await expect(other.statusFilter).toHaveValue("completed");
    await expect(other.pageSize).toHaveValue("25");
    await expect(other.inputToggle).toHaveAttribute("aria-pressed", "true");
    await expect(other.outputToggle).toHaveAttribute("aria-pressed", "true");
    await expect(other.columnHeader("ceo")).toBeVisible();
    await expect(other.columnHeader("company")).toBeVisible();
    await expect(other.rows.first()).toContainText("Alpha #");
  } finally {
    await context.close();
  }
});

test("rows update live as runs finish, and the first visible row stays where it was", async ({ runsTable, request }) => {
  const groupId = await createGroup(request, uniqueName("Live rows"));
  // `ultra` runs take 3–15 s at the e2e time scale: long enough to watch them finish.
  const ids = await addRunInputs(request, groupId, companyInputs(20, "Live", "ultra"));

  await runsTable.goto(groupId);
  await expect(runsTable.rows.first()).toBeVisible();
  const before = await runsTable.rowIds();
  const first = before[0];
  expect(first).toBe(ids[0]);
  expect((await runsTable.statuses()).some((s) => s === "queued" || s === "running")).toBe(true);

  await expect.poll(() => runsTable.statuses(), { timeout: 45_000 }).toEqual(before.map(() => "completed"));
  expect(await runsTable.rowIds()).toEqual(before);
  await expect(runsTable.rows.first()).toHaveAttribute("data-run-id", first);
});

test("keyboard: ArrowDown moves the focused row and Enter opens that run", async ({ runsTable, runPage, request }) => {
  const groupId = await createGroup(request, uniqueName("Keyboard"));
  const ids = await addRunInputs(request, groupId, companyInputs(5, "Keys"));
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId, "?pageSize=25");
  await expect(runsTable.rows).toHaveCount(5);
  await runsTable.search.focus();
  // Tab from the toolbar reaches the table's one tab stop: its first row.
  await expect(async () => {
    await runsTable.page.keyboard.press("Tab");
    await expect(runsTable.row(ids[0])).toBeFocused({ timeout: 100 });
  }).toPass({ timeout: 10_000 });
  await runsTable.page.keyboard.press("ArrowDown");
  await expect(runsTable.row(ids[1])).toBeFocused();
  await runsTable.page.keyboard.press("ArrowDown");
  await runsTable.page.keyboard.press("ArrowUp");
  await expect(runsTable.row(ids[1])).toBeFocused();
  await runsTable.page.keyboard.press("Enter");

  await expect(runsTable.page).toHaveURL(new RegExp(`/groups/${groupId}/runs/${ids[1]}\\?from=`));
  await expect(runPage.runId).toHaveText(ids[1]);
  await runPage.breadcrumbGroup.click();
  await expect(runsTable.page).toHaveURL(new RegExp(`/groups/${groupId}\\?pageSize=25$`));
  await expect(runsTable.rows).toHaveCount(5);
});

test("a 500-row page keeps the DOM to a few dozen rows while scrolling to its end", async ({ runsTable, request }) => {
  const groupId = await createGroup(request, uniqueName("Five hundred"));
  const ids = await addRunInputs(request, groupId, companyInputs(500, "Bulk"));
  await waitUntilIdle(request, groupId, 60_000);

  await runsTable.goto(groupId, "?pageSize=500&output=true");
  await expect(runsTable.range).toHaveText("1–500 of 500");
  await expect(runsTable.rows.first()).toHaveAttribute("data-run-id", ids[0]);
  expect(await runsTable.rows.count()).toBeLessThanOrEqual(60);

  await runsTable.scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(runsTable.row(ids[499])).toBeVisible();
  expect(await runsTable.rows.count()).toBeLessThanOrEqual(60);
  await expect(runsTable.row(ids[0])).toHaveCount(0);
});

test("a filter that matches nothing says so and resets", async ({ runsTable, request }) => {
  const groupId = await createGroup(request, uniqueName("No match"));
  await addRunInputs(request, groupId, companyInputs(3, "Gamma"));
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId, `?q=${encodeURIComponent("nothing like this")}`);
  await expect(runsTable.empty).toContainText("No runs match");
  await runsTable.empty.getByRole("button", { name: "Reset filters" }).click();
  await expect(runsTable.rows).toHaveCount(3);
  await expect(runsTable.search).toHaveValue("");
});
