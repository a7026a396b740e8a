import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addRuns, createGroup, uniqueName } from "./groups-api";

// Every page, whole, in light and dark: no serious or critical accessibility violations (axe-core).
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test("the groups list, a group, a run and the create page", async ({ page, request }) => {
      const groupId = await createGroup(request, uniqueName("a11y"));
      await addRuns(request, groupId, 5);
      await expect
        .poll(async () => ((await (await request.get(`/api/groups/${groupId}`)).json()) as { is_active: boolean }).is_active, {
          timeout: 30_000,
        })
        .toBe(false);

      await page.goto("/");
      await expect(page.getByTestId("group-row").first()).toBeVisible();
      expect(await seriousViolations(page), "/").toEqual([]);

      await page.goto(`/groups/${groupId}?output=true`);
      await expect(page.getByTestId("group-header")).toBeVisible();
      const firstRun = page.locator(`a[href*="/groups/${groupId}/runs/"]`).first();
      await expect(firstRun).toBeVisible();
      expect(await seriousViolations(page), "group page").toEqual([]);

      await firstRun.click();
      await expect(page).toHaveURL(/\/runs\/trun_/);
      await expect(page.getByText("Output", { exact: true }).first()).toBeVisible();
      expect(await seriousViolations(page), "run page").toEqual([]);

      await page.goto("/groups/new");
      await expect(page.getByTestId("create-form")).toBeVisible();
      expect(await seriousViolations(page), "create page").toEqual([]);
    });
  });
}
