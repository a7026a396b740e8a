import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { AccountMenu } from "./pages/account-menu";
import { GroupPage } from "./pages/group-page";
import { SERVERS } from "./servers";
import { joinAsNewMember } from "./teams-api";

// When a session ends under an open page, the page stops getting data and goes to sign-in.
const LEAVES_FOR_SIGN_IN_MS = 30_000;

/** Opens a running group in `page` and waits until its live stream is open. */
async function watchRunningGroup(page: Page, request: APIRequestContext, label: string): Promise<string> {
  const groupId = await createGroup(request, uniqueName(label));
  // `ultra2x` runs take 3–30 s at the e2e time scale; the stream stays open while they run (with
  // `ultra`, 3–15 s, a busy machine can open the page after the group has finished).
  await addRuns(request, groupId, 20, "ultra2x");
  await new GroupPage(page).goto(groupId);
  await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-connection", "open");
  return groupId;
}

test("signing out on one page ends the live stream of another page of the same session", async ({ browser, request }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "viewer");
  try {
    const watching = await member.context.newPage();
    const groupId = await watchRunningGroup(watching, request, "Watched until sign-out");

    const other = await member.context.newPage();
    await other.goto("/settings/account");
    await new AccountMenu(other).signOut();

    await expect(watching).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(`/groups/${groupId}`)}`), {
      timeout: LEAVES_FOR_SIGN_IN_MS,
    });
  } finally {
    await member.context.close();
  }
});

test("a session revoked from another browser ends that browser's live stream", async ({ browser, request }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "viewer");
  // The same member signs in a second time, in another browser.
  const second = await browser.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: { cookies: [], origins: [] } });
  try {
    const signedIn = await second.request.post("/api/auth/sign-in/email", { data: { email: member.email, password: member.password } });
    expect(signedIn.ok()).toBe(true);
    const watching = await member.context.newPage();
    await watchRunningGroup(watching, request, "Watched until revoked");

    const account = await second.newPage();
    await account.goto("/settings/account");
    await expect(account.getByTestId("session-row")).toHaveCount(2);
    await expect(account.getByTestId("current-session")).toHaveCount(1);
    await account.getByTestId("revoke-other-sessions").click();
    await expect(account.getByTestId("session-row")).toHaveCount(1);

    await expect(watching).toHaveURL(/\/sign-in\?next=/, { timeout: LEAVES_FOR_SIGN_IN_MS });
  } finally {
    await second.close();
    await member.context.close();
  }
});

test("a member removed by an admin stops getting data on their open page", async ({ page, browser, request }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "viewer");
  try {
    const watching = await member.context.newPage();
    await watchRunningGroup(watching, request, "Watched until removed");

    // The owner removes them, after confirming.
    await page.goto("/settings/members");
    const row = page.locator(`[data-testid="member-row"][data-email="${member.email}"]`);
    await row.getByRole("button", { name: `Remove ${member.name}` }).click();
    const dialog = page.getByTestId("confirm-dialog");
    await expect(dialog).toContainText(member.email);
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect(row).toHaveCount(0);

    await expect(watching).toHaveURL(/\/sign-in\?next=/, { timeout: LEAVES_FOR_SIGN_IN_MS });
    // Signed out for good: signing in again is refused.
    const again = await member.context.request.post("/api/auth/sign-in/email", {
      data: { email: member.email, password: member.password },
      headers: { origin: SERVERS.main.consoleUrl },
    });
    expect(again.status()).toBe(401);
  } finally {
    await member.context.close();
  }
});
