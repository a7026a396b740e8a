import type { Locator, Page } from "@playwright/test";
import type { ApiTokenScope } from "../../lib/contracts/api-tokens";

/** Settings → API tokens: the create form, the token shown once, your tokens and (admins) everyone's. */
export class TokensPage {
  readonly form: Locator;
  readonly created: Locator;
  readonly createdValue: Locator;
  readonly yourTokens: Locator;
  readonly everyonesTokens: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("create-token-form");
    this.created = page.getByTestId("created-token");
    this.createdValue = page.getByTestId("created-token-value");
    this.yourTokens = page.getByTestId("your-tokens-section");
    this.everyonesTokens = page.getByTestId("all-tokens-section");
  }

  async goto(): Promise<void> {
    await this.page.goto("/settings/tokens");
  }

  /** Creates a token and answers it, as shown (the only time it is). */
  async create(name: string, scope: ApiTokenScope, days = "30"): Promise<string> {
    await this.form.getByLabel("Name").fill(name);
    await this.form.getByLabel("Scope").selectOption(scope);
    await this.form.getByLabel("Expires after").selectOption(days);
    await this.form.getByRole("button", { name: "Create token" }).click();
    await this.created.waitFor();
    return this.createdValue.inputValue();
  }

  row(section: Locator, name: string): Locator {
    return section.getByTestId("token-row").filter({ hasText: name });
  }
}
