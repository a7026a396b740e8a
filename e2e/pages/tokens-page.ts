import type { Locator } from "@playwright/test";
import type { ApiTokenScope } from "../../lib/contracts/api-tokens";
import { PageObjectAt } from "./page-object";

/** Settings → API tokens: the create form, the token shown once, your tokens and (admins) everyone's. */
export class TokensPage extends PageObjectAt("/settings/tokens", {
  form: "create-token-form",
  created: "created-token",
  createdValue: "created-token-value",
  yourTokens: "your-tokens-section",
  everyonesTokens: "all-tokens-section",
}) {
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
