import { expect, test } from "./fixtures";
import { createGroup, uniqueName } from "./groups-api";
import { OWNER } from "./auth-state";

test("the audit log shows what the test did, filtered by action and actor, and exports it as CSV", async ({ page, request }) => {
  const name = uniqueName("Audited group");
  const groupId = await createGroup(request, name);
  const renamed = uniqueName("Audited rename");
  const rename = await request.patch(`/api/groups/${groupId}`, { data: { name: renamed } });
  expect(rename.ok()).toBe(true);

  await page.goto("/settings/audit");
  const filters = page.getByTestId("audit-filters");
  await filters.getByLabel("Action").selectOption("group.renamed");
  await filters.getByLabel("Actor").fill(OWNER.email);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/action=group\.renamed/);
  await expect(page).toHaveURL(/actor=owner(%40|@)e2e\.test/);

  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toBeVisible();
  for (const action of await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-action")))) {
    expect(action).toBe("group.renamed");
  }
  const ours = rows.filter({ hasText: renamed });
  await expect(ours).toHaveCount(1);
  await expect(ours.getByTestId("audit-actor-cell")).toHaveText(OWNER.email);

  // The filtered view is the link: opened again it shows the same entry.
  await page.reload();
  await expect(page.getByTestId("audit-row").filter({ hasText: renamed })).toHaveCount(1);

  // The export carries the same filters, and the entry.
  const exportLink = page.getByTestId("audit-export");
  const href = await exportLink.getAttribute("href");
  expect(href).toContain("action=group.renamed");
  expect(href).not.toContain("cursor");
  const csv = await (await page.request.get(href ?? "")).text();
  expect(csv).toContain(groupId);
  expect(csv).toContain(renamed);
  expect(csv).not.toContain("group.created");
});
