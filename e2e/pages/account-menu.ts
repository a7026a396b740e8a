import type { Locator, Page } from "@playwright/test";

/** The header's account menu: who is signed in, and Sign out. */
export class AccountMenu {
  readonly button: Locator;
  readonly name: Locator;
  readonly role: Locator;
  readonly email: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId("account-menu-button");
    this.name = page.getByTestId("signed-in-name");
    this.role = page.getByTestId("signed-in-role");
    this.email = page.getByTestId("signed-in-email");
  }

  async open(): Promise<void> {
    if ((await this.button.getAttribute("aria-expanded")) !== "true") await this.button.click();
  }

  async signOut(): Promise<void> {
    await this.open();
    await this.page.getByTestId("sign-out").click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
