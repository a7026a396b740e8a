import { E2E_MEMBERS, OWNER, storageStatePath } from "./auth-state";
import { test as base, expect } from "./fixtures";
import { createGroup, createGroupWithRuns, dropExpectedResourceErrors, uniqueName, type CreatedGroup } from "./groups-api";
import { SERVERS } from "./servers";

const test = base.extend<{
  /** A group with runs that this console has taken off its list; upstream still has it. */
  forgotten: CreatedGroup;
}>({
  forgotten: async ({ request }, use) => {
    const group = await createGroupWithRuns(request, "Forgotten", 3);
    expect((await request.delete(`/api/groups/${group.groupId}`)).status()).toBe(204);
    await use(group);
  },
});

test("a created group is listed with its status bar, and search finds it", async ({ groupsPage, request }) => {
  const { groupId, name } = await createGroupWithRuns(request, "List search", 8);

  await groupsPage.goto();
  await groupsPage.searchFor(name);
  await expect(groupsPage.page).toHaveURL(/[?&]q=/);
  await expect(groupsPage.rows).toHaveCount(1);
  const row = groupsPage.row(groupId);
  await expect(row.getByTestId("group-name")).toHaveText(name);
  await expect(row.getByTestId("group-id")).toHaveText(groupId);
  await expect(row.getByTestId("group-runs")).toHaveText("8");
  // The list follows an active group until it is done: the bar ends all green.
  await expect(groupsPage.barSegment(groupId, "completed")).toHaveAttribute("data-count", "8");
  await expect(row.getByTestId("active-badge")).toHaveCount(0);

  await row.getByTestId("group-name").click();
  await expect(groupsPage.page).toHaveURL(`/groups/${groupId}`);
});

test("sorting and pagination live in the URL, and the link reproduces the view in a fresh browser", async ({
  browser,
  groupsPage,
  request,
}) => {
  const prefix = uniqueName("Paging");
  const names = Array.from({ length: 11 }, (_, i) => `${prefix} ${String(i + 1).padStart(2, "0")}`);
  for (const name of names) await createGroup(request, name);

  await groupsPage.goto();
  await groupsPage.searchFor(prefix);
  await expect(groupsPage.range).toHaveText(/of 11 groups/);
  await groupsPage.sort.selectOption("name");
  await expect(groupsPage.order).toHaveAttribute("data-order", "desc");
  await groupsPage.order.click();
  await expect(groupsPage.order).toHaveAttribute("data-order", "asc");
  await groupsPage.pageSize.selectOption("10");

  await expect.poll(() => groupsPage.rowNames()).toEqual(names.slice(0, 10));
  await expect(groupsPage.previous).toBeDisabled();
  await groupsPage.next.click();
  await expect.poll(() => groupsPage.rowNames()).toEqual(names.slice(10));
  await expect(groupsPage.range).toHaveText("11–11 of 11 groups, page 2");
  await expect(groupsPage.next).toBeDisabled();

  // The same link in a browser that has never seen the page shows the same page.
  const url = groupsPage.page.url();
  // A teammate (a viewer) opening the shared link.
  const context = await browser.newContext({ storageState: storageStatePath("viewer") });
  const fresh = await context.newPage();
  const errors: string[] = [];
  fresh.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await fresh.goto(url);
  await expect(fresh.getByTestId("groups-search")).toHaveValue(prefix);
  await expect(fresh.getByTestId("groups-sort")).toHaveValue("name");
  await expect(fresh.getByTestId("groups-page-size")).toHaveValue("10");
  await expect.poll(() => fresh.getByTestId("group-name").allInnerTexts()).toEqual(names.slice(10));
  await context.close();
  expect(errors).toEqual([]);

  await groupsPage.previous.click();
  await expect.poll(() => groupsPage.rowNames()).toEqual(names.slice(0, 10));
  // Reversing the order starts again at the first page.
  await groupsPage.order.click();
  await expect.poll(() => groupsPage.rowNames()).toEqual(names.slice(1).reverse());
  await groupsPage.page.goBack();
  await expect.poll(() => groupsPage.rowNames()).toEqual(names.slice(0, 10));
});

test("a search that matches nothing says so and offers a way out", async ({ groupsPage }) => {
  await groupsPage.goto();
  await groupsPage.searchFor(uniqueName("no such group"));
  await expect(groupsPage.noMatch).toContainText("No groups match");
  await expect(groupsPage.createDemoGroup).toBeVisible();
  await groupsPage.noMatch.getByRole("button", { name: "Clear search" }).click();
  await expect(groupsPage.search).toHaveValue("");
  await expect(groupsPage.page).not.toHaveURL(/[?&]q=/);
});

test("pasting a console link to a group this console forgot imports it", async ({ groupsPage, forgotten: { groupId, name } }) => {
  await groupsPage.goto();
  await groupsPage.searchFor(name);
  await expect(groupsPage.noMatch).toBeVisible();

  await groupsPage.openGroup(`https://console.example.com/groups/${groupId}?status=failed`);
  await expect(groupsPage.page).toHaveURL(`/groups/${groupId}`);
  await expect(groupsPage.page.getByTestId("group-header-id")).toHaveText(groupId);

  await groupsPage.goto(`?q=${encodeURIComponent(name)}`);
  await expect(groupsPage.row(groupId)).toBeVisible();
});

test("opening a malformed or unknown group says what is wrong", async ({ groupsPage, browserErrors }) => {
  await groupsPage.goto();
  await groupsPage.openGroup("not a group");
  await expect(groupsPage.openError).toContainText("not a group id or a link to a group");
  await expect(groupsPage.page).toHaveURL("/");

  await groupsPage.openGroup("tgrp_0123456789abcdef0123456789abcdef");
  await expect(groupsPage.openError).toContainText("No such group upstream");
  await expect(groupsPage.openError).toContainText("tgrp_0123456789abcdef0123456789abcdef");
  await expect(groupsPage.page).toHaveURL("/");
  // Chromium logs the expected 404 of the import request; nothing else may appear.
  dropExpectedResourceErrors(browserErrors, 404);
});

test("opening a link to a group this console does not list shows it, added by a POST from the page", async ({
  groupPage,
  groupsPage,
  forgotten: { groupId, name },
  request,
}) => {
  // Reading the group adds nothing: only the page's import does.
  expect((await request.get(`/api/groups/${groupId}`)).status()).toBe(404);

  const imported = groupPage.page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/groups/import");
  await groupPage.goto(groupId);
  expect((await imported).postDataJSON()).toEqual({ id: groupId });
  await expect(groupPage.headerId).toHaveText(groupId);
  await expect(groupPage.title).toHaveText(name);

  await groupsPage.goto(`?q=${encodeURIComponent(name)}`);
  await expect(groupsPage.row(groupId)).toBeVisible();
});

test('"Created by: me" lists only my groups, says who added each, and stays in the link', async ({ groupsPage, playwright, request }) => {
  const prefix = uniqueName("Created by");
  const mine = await createGroup(request, `${prefix} mine`);
  // The operator creates one too, with their own session.
  const operator = await playwright.request.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: storageStatePath("operator") });
  const theirs = await createGroup(operator, `${prefix} theirs`);
  await operator.dispose();

  await groupsPage.goto(`?q=${encodeURIComponent(prefix)}`);
  await expect(groupsPage.rows).toHaveCount(2);
  await expect(groupsPage.row(mine).getByTestId("group-added-by")).toHaveText(`by ${OWNER.email}`);
  await expect(groupsPage.row(theirs).getByTestId("group-added-by")).toHaveText(`by ${E2E_MEMBERS.operator.email}`);

  await groupsPage.addedBy.selectOption("me");
  await expect(groupsPage.page).toHaveURL(/[?&]added_by=me/);
  await expect(groupsPage.rows).toHaveCount(1);
  await expect(groupsPage.row(mine)).toBeVisible();

  // The link is the view: loaded afresh, it still lists only mine.
  await groupsPage.page.reload();
  await expect(groupsPage.addedBy).toHaveValue("me");
  await expect(groupsPage.rows).toHaveCount(1);
  await expect(groupsPage.row(mine)).toBeVisible();

  await groupsPage.addedBy.selectOption("anyone");
  await expect(groupsPage.rows).toHaveCount(2);
});
