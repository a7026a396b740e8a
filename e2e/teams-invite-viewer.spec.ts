import { expect, test } from "./fixtures";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { AccountMenu } from "./pages/account-menu";
import { GroupPage } from "./pages/group-page";
import { SERVERS } from "./servers";
import { SIGNED_OUT } from "./teams-api";

test("an invited viewer opens a shared group link, sees it live, and cannot add runs", async ({ page, context, browser, request }) => {
  // Sign-in, invitation and a group whose runs take up to 30 s: more than the default 60 s on a busy machine.
  test.setTimeout(90_000);
  // The owner invites a viewer in the UI and copies the link.
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: SERVERS.main.consoleUrl });
  await page.goto("/settings/members");
  const invite = page.getByTestId("invite-form");
  await invite.getByLabel("Role").selectOption("viewer");
  await invite.getByLabel("Expires after").selectOption("1");
  await invite.getByRole("button", { name: "Create invitation" }).click();
  const created = page.getByTestId("created-invitation");
  await expect(created).toContainText("not shown again");
  await created.getByRole("button", { name: "Copy link" }).click();
  await expect(created.getByTestId("copy-button")).toHaveAttribute("data-state", "copied");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByTestId("invitation-link").inputValue());
  expect(link).toMatch(new RegExp(`^${SERVERS.main.consoleUrl}/invite/[\\w-]{20,}$`));

  // The invited person opens the link in a browser that never signed in, and joins.
  const viewerContext = await browser.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: SIGNED_OUT });
  try {
    const viewer = await viewerContext.newPage();
    await viewer.goto(link);
    await expect(viewer.getByTestId("invitation-role")).toHaveText("viewer");
    const email = `${uniqueName("viewer").replace(/\W+/g, "-")}@e2e.test`;
    const form = viewer.getByTestId("credentials-form");
    await form.getByLabel("Name").fill("Invited Viewer");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Password").fill("invited-viewer-password");
    await form.getByRole("button", { name: "Join the team" }).click();
    await expect(viewer).toHaveURL(`${SERVERS.main.consoleUrl}/`);
    await expect(new AccountMenu(viewer).role).toHaveText("viewer");

    // A running group, shared by link; `ultra2x` runs take 3–30 s at the e2e time scale: long enough to
    // watch them run on a busy machine (with `ultra`, 3–15 s, the group could finish before the page opened).
    const groupId = await createGroup(request, uniqueName("Shared with a viewer"));
    await addRuns(request, groupId, 20, "ultra2x");

    // The shared link: live, with the counts moving to the end.
    const groupPage = new GroupPage(viewer);
    await groupPage.goto(groupId);
    await expect(groupPage.title).toContainText("Shared with a viewer");
    await expect(viewer.getByTestId("live-indicator")).toHaveAttribute("data-connection", "open");
    await expect(groupPage.breakdownRow("completed")).toHaveAttribute("data-count", "20", { timeout: 45_000 });
    await expect(groupPage.progressFinished).toHaveText("20");

    // What spends credits is disabled, with the reason.
    await expect(viewer.getByTestId("add-runs-link")).toBeDisabled();
    await expect(viewer.getByTestId("rename-group")).toBeDisabled();
    await expect(viewer.getByTestId("group-actions").getByTestId("role-reason").first()).toHaveText("Needs the operator role");

    // And the API refuses it, naming the role.
    const refused = await viewerContext.request.post(`/api/parallel/tasks/groups/${groupId}/runs`, {
      data: { inputs: [{ processor: "lite", input: { company: "Nope" } }] },
    });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("operator");
  } finally {
    await viewerContext.close();
  }
});
