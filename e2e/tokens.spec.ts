import Parallel, { AuthenticationError } from "parallel-web";
import { expect, test } from "./fixtures";
import { uniqueName } from "./groups-api";
import { AccountMenu } from "./pages/account-menu";
import { TokensPage } from "./pages/tokens-page";
import { SERVERS } from "./servers";
import { joinAsNewMember } from "./teams-api";

// Settings → API tokens: a member makes a token, sees it once, a script uses it with the official SDK,
// and revoking it stops the script at its next call.

const sdk = (apiKey: string) => new Parallel({ apiKey, baseURL: `${SERVERS.main.consoleUrl}/api/parallel`, maxRetries: 0 });

test("a member creates a token, sees it once, uses it with the SDK, and revoking it gets the SDK a 401", async ({ browser, request }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "operator");
  try {
    const page = await member.context.newPage();
    await page.goto("/");
    await new AccountMenu(page).open();
    await page.getByRole("link", { name: "API tokens" }).click();
    await expect(page).toHaveURL(`${SERVERS.main.consoleUrl}/settings/tokens`);

    const tokens = new TokensPage(page);
    const name = uniqueName("script token");
    const token = await tokens.create(name, "write");
    expect(token).toMatch(/^tgc_[\w-]{43}$/);
    await expect(tokens.created).toContainText("not shown again");
    const row = tokens.row(tokens.yourTokens, name);
    await expect(row).toHaveAttribute("data-state", "active");
    await expect(row.getByTestId("token-last-used")).toHaveText("never");

    const group = await sdk(token).taskGroup.create({ metadata: { name: uniqueName("made with a token") } });
    expect(group.taskgroup_id).toMatch(/^tgrp_/);

    // Shown once: after a reload the page has the token's name and hint, never the token.
    await page.reload();
    await expect(row).toBeVisible();
    await expect(tokens.created).toHaveCount(0);
    expect(await page.content()).not.toContain(token);
    await expect(row.getByTestId("token-last-used")).not.toHaveText("never");

    await row.getByRole("button", { name: `Revoke the token ${name}` }).click();
    await expect(row).toHaveAttribute("data-state", "revoked");
    const error = await sdk(token)
      .taskGroup.retrieve(group.taskgroup_id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
  } finally {
    await member.context.close();
  }
});

test("a viewer can make read tokens only", async ({ browser, request }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "viewer");
  try {
    const page = await member.context.newPage();
    const tokens = new TokensPage(page);
    await tokens.goto();
    await expect(tokens.form.getByLabel("Scope").locator("option")).toHaveText(["read"]);
    await expect(tokens.everyonesTokens).toHaveCount(0);
  } finally {
    await member.context.close();
  }
});

test("an admin sees every member's tokens and revokes one", async ({ browser, request, page }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "operator");
  try {
    const memberPage = await member.context.newPage();
    const name = uniqueName("someone else's token");
    const own = new TokensPage(memberPage);
    await own.goto();
    const token = await own.create(name, "read");

    const admin = new TokensPage(page);
    await admin.goto();
    const row = admin.row(admin.everyonesTokens, name);
    await expect(row).toContainText(member.email);
    await row.getByRole("button", { name: `Revoke the token ${name} of ${member.email}` }).click();
    await expect(row).toHaveAttribute("data-state", "revoked");
    await expect(sdk(token).taskGroup.create({})).rejects.toBeInstanceOf(AuthenticationError);
  } finally {
    await member.context.close();
  }
});
