import { expect, test } from "./fixtures";
import { dropExpectedResourceErrors } from "./groups-api";
import { AccountMenu } from "./pages/account-menu";
import { SignInPage } from "./pages/sign-in-page";
import { SERVERS } from "./servers";
import { SIGNED_OUT } from "./teams-api";

// The fresh console starts with no member and single sign-on through a real OpenID provider.
// Serial: single sign-on needs the owner the first test creates.
test.describe.configure({ mode: "serial" });
test.use({ storageState: SIGNED_OUT });

const OWNER = { name: "First Owner", email: "first-owner@e2e.test", password: "first-owner-password" };

test("first run: any page leads to setup, which creates the owner and signs them in; sign out and back in", async ({
  page,
  browserErrors,
}) => {
  await page.goto(`${SERVERS.fresh.consoleUrl}/groups/tgrp_anything?view=1`);
  await expect(page).toHaveURL(`${SERVERS.fresh.consoleUrl}/setup`);

  const form = page.getByTestId("credentials-form");
  await form.getByLabel("Name").fill(OWNER.name);
  await form.getByLabel("Email").fill(OWNER.email);
  await form.getByLabel("Password").fill("too-short");
  await form.getByRole("button", { name: "Create the owner" }).click();
  await expect(form.getByTestId("field-error")).toHaveText("Password must be at least 10 characters.");

  await form.getByLabel("Password").fill(OWNER.password);
  await form.getByRole("button", { name: "Create the owner" }).click();
  await expect(page).toHaveURL(`${SERVERS.fresh.consoleUrl}/`);
  const menu = new AccountMenu(page);
  await expect(menu.name).toHaveText(OWNER.name);
  await expect(menu.role).toHaveText("admin");

  await menu.signOut();
  await expect(page).toHaveURL(`${SERVERS.fresh.consoleUrl}/sign-in`);
  // Signed out, a page leads back to sign-in, which returns there afterwards.
  await page.goto(`${SERVERS.fresh.consoleUrl}/settings/account`);
  await expect(page).toHaveURL(`${SERVERS.fresh.consoleUrl}/sign-in?next=%2Fsettings%2Faccount`);

  const signIn = new SignInPage(page);
  await signIn.signIn(OWNER.email, "not-the-password");
  await expect(signIn.error).toHaveText("Wrong email or password.");
  await signIn.signIn("nobody@e2e.test", OWNER.password);
  await expect(signIn.error).toHaveText("Wrong email or password.");
  // Chromium logs the two refused sign-ins (401); nothing else may appear.
  dropExpectedResourceErrors(browserErrors, 401);

  await signIn.signIn(OWNER.email, OWNER.password);
  await expect(page).toHaveURL(`${SERVERS.fresh.consoleUrl}/settings/account`);
  await expect(menu.name).toHaveText(OWNER.name);
});

test("single sign-on: the provider's login signs a new person in as a viewer", async ({ page }) => {
  // The provider's own pages ask for a web font; nothing here reaches the internet.
  await page.route("https://fonts.googleapis.com/**", (route) => route.fulfill({ status: 200, contentType: "text/css", body: "" }));
  await page.goto(`${SERVERS.fresh.consoleUrl}/`);
  await expect(page).toHaveURL(`${SERVERS.fresh.consoleUrl}/sign-in?next=%2F`);
  await page.getByRole("button", { name: "Sign in with E2E Identity", exact: true }).click();

  await page.locator('input[name="login"]').fill("sso-alice");
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(`${SERVERS.fresh.consoleUrl}/`);
  const menu = new AccountMenu(page);
  await expect(menu.role).toHaveText("viewer");
  await menu.open();
  await expect(menu.email).toHaveText("sso-alice@sso.e2e.test");
  // A viewer reads; creating is disabled, with the reason.
  await expect(page.getByTestId("new-group-link")).toBeDisabled();
  await expect(page.getByText("Needs the operator role").first()).toBeVisible();
});
