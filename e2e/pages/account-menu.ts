import { PageObject } from "./page-object";

/** The header's account menu: who is signed in, and Sign out. */
export class AccountMenu extends PageObject({
  button: "account-menu-button",
  name: "signed-in-name",
  role: "signed-in-role",
  email: "signed-in-email",
}) {
  async open(): Promise<void> {
    if ((await this.button.getAttribute("aria-expanded")) !== "true") await this.button.click();
  }

  async signOut(): Promise<void> {
    await this.open();
    await this.page.getByTestId("sign-out").click();
    await this.page.waitForURL(/\/sign-in/);
  }
}
