import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { seriousViolations } from "./serious-violations";
import { SERVERS } from "./servers";
import { createShareLink } from "./share-api";
import { createInvitationLink, SIGNED_OUT } from "./teams-api";

// Every page, whole, in light and dark: no serious or critical accessibility violations (axe-core).

/** Opens `path` in `shown`'s page, waits for `shown`, and scans the whole page. */
async function expectAccessible(path: string, shown: Locator, pageName: string): Promise<void> {
  const page = shown.page();
  await page.goto(path);
  await expect(shown).toBeVisible();
  expect(await seriousViolations(page), pageName).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${colorScheme}`, () => {
    // As most people see the pages: the suite's reduced motion hides the live badge's pulse.
    test.use({ colorScheme, reducedMotion: "no-preference" });

    test("the groups list, a group, a run and the create page", async ({ page, request }) => {
      const groupId = await createGroup(request, uniqueName("a11y"));
      await addRuns(request, groupId, 5);
      await expect
        .poll(async () => ((await (await request.get(`/api/groups/${groupId}`)).json()) as { is_active: boolean }).is_active, {
          timeout: 30_000,
        })
        .toBe(false);

      await expectAccessible("/", page.getByTestId("group-row").first(), "/");

      await page.goto(`/groups/${groupId}?output=true`);
      await expect(page.getByTestId("group-header")).toBeVisible();
      const firstRun = page.locator(`a[href*="/groups/${groupId}/runs/"]`).first();
      await expect(firstRun).toBeVisible();
      expect(await seriousViolations(page), "group page").toEqual([]);

      await firstRun.click();
      await expect(page).toHaveURL(/\/runs\/trun_/);
      await expect(page.getByText("Output", { exact: true }).first()).toBeVisible();
      expect(await seriousViolations(page), "run page").toEqual([]);

      await expectAccessible("/groups/new", page.getByTestId("create-form"), "create page");
    });

    test("the settings pages, the account menu and the forbidden page", async ({ page, request }) => {
      // Something in every table: an invitation, and the owner's own actions in the audit log.
      await createInvitationLink(request, "viewer");

      await page.goto("/settings/members");
      await expect(page.getByTestId("member-row").first()).toBeVisible();
      await expect(page.getByTestId("invitation-row").first()).toBeVisible();
      await page.getByTestId("create-invitation").click();
      await expect(page.getByTestId("created-invitation")).toBeVisible();
      await page.getByTestId("account-menu-button").click();
      await expect(page.getByTestId("sign-out")).toBeVisible();
      expect(await seriousViolations(page), "members page, menu open").toEqual([]);

      await expectAccessible("/settings/account", page.getByTestId("session-row").first(), "account page");
      await expectAccessible("/settings/audit", page.getByTestId("audit-row").first(), "audit page");

      await page.goto("/settings/tokens");
      await page.getByTestId("token-name").fill(uniqueName("a11y token"));
      await page.getByTestId("create-token").click();
      await expect(page.getByTestId("created-token")).toBeVisible();
      await expect(page.getByTestId("all-tokens-table")).toBeVisible();
      expect(await seriousViolations(page), "tokens page").toEqual([]);

      await expectAccessible("/settings/usage", page.getByTestId("usage-total"), "usage page");
      await expectAccessible("/settings/budgets", page.getByTestId("member-cap-row").first(), "budgets page");
      await expectAccessible("/forbidden?needed=admin&from=%2Fsettings%2Faudit", page.getByTestId("forbidden-page"), "forbidden page");
    });

    test("the pages for people not signed in: sign-in, an invitation and a share link", async ({ browser, request }) => {
      const link = await createInvitationLink(request, "operator");
      const groupId = await createGroup(request, uniqueName("Shared for axe"));
      await addRuns(request, groupId, 3);
      const share = await createShareLink(request, groupId, true);
      const context = await browser.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: SIGNED_OUT, colorScheme });
      try {
        const page = await context.newPage();
        await expectAccessible("/sign-in", page.getByTestId("sign-in-form"), "sign-in page");

        await page.goto(link);
        await expect(page.getByTestId("credentials-form")).toBeVisible();
        // The form's messages are part of the page too.
        await page.getByRole("button", { name: "Join the team" }).click();
        await expect(page.getByTestId("field-error").first()).toBeVisible();
        expect(await seriousViolations(page), "invitation page").toEqual([]);

        await page.goto(share.path);
        await expect(page.getByTestId("shared-run-row")).toHaveCount(3);
        expect(await seriousViolations(page), "share page").toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
