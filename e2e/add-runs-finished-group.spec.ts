import { expect, test } from "./fixtures";
import { companiesCsv } from "./fixtures/upload-files";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { GroupPage } from "./pages/group-page";

test("'Add runs' on a finished group: a freshly opened page shows the new total, live, to the end", async ({
  createPage,
  groupPage,
  request,
  context,
}) => {
  test.setTimeout(120_000);
  const groupId = await createGroup(request, uniqueName("Finished, then more"));
  await addRuns(request, groupId, 2);
  await groupPage.goto(groupId);
  await expect(groupPage.page.getByTestId("group-status-message")).toContainText("All 2 runs finished", { timeout: 30_000 });
  // Someone reads the group's ended stream again while the console still keeps it in memory.
  const replay = await request.get(`/api/parallel/tasks/groups/${groupId}/events`);
  expect(await replay.text()).toContain('"is_active":false');

  await groupPage.page.getByTestId("add-runs-link").click();
  // `ultra2x` runs take 3–30 s at the e2e time scale: long enough to see the group live on a loaded machine.
  await createPage.processor.selectOption("ultra2x");
  await createPage.chooseFile(companiesCsv(30, "Added"));
  await expect(createPage.submit).toHaveText("Add 30 runs");
  await createPage.submit.click();
  expect(await createPage.waitForGroup()).toBe(groupId);

  const fresh = new GroupPage(await context.newPage());
  await fresh.goto(groupId);
  await expect(fresh.progressTotal).toHaveText("32", { timeout: 15_000 });
  await expect(fresh.page.getByTestId("live-indicator")).toHaveAttribute("data-connection", "open");
  for (const page of [groupPage, fresh]) {
    await expect(page.breakdownRow("completed")).toHaveAttribute("data-count", "32", { timeout: 60_000 });
    await expect(page.page.getByTestId("group-status-message")).toContainText("All 32 runs finished");
  }
});
