import type { Locator, Page } from "@playwright/test";

export class HomePage {
  readonly upstreamLabel: Locator;
  readonly upstreamHealth: Locator;
  readonly upstreamBadge: Locator;
  readonly emptyGroups: Locator;
  readonly groupsView: Locator;
  readonly groupRows: Locator;

  constructor(readonly page: Page) {
    this.upstreamLabel = page.getByTestId("upstream-label");
    this.upstreamHealth = page.getByTestId("upstream-health");
    this.upstreamBadge = page.getByTestId("upstream-badge");
    this.emptyGroups = page.getByTestId("groups-empty");
    this.groupsView = page.getByTestId("groups-view");
    this.groupRows = page.getByTestId("group-row");
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }
}
