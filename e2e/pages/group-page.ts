import type { Locator, Page } from "@playwright/test";

/** One group's live view at `/groups/{id}`. */
export class GroupPage {
  readonly view: Locator;
  readonly title: Locator;
  readonly renameButton: Locator;
  readonly nameInput: Locator;
  readonly headerId: Locator;
  readonly activeBadge: Locator;
  readonly idleBadge: Locator;
  readonly progressFinished: Locator;
  readonly progressTotal: Locator;
  readonly breakdown: Locator;
  /** "Live" while the page receives the group's events; `data-connection` says how it is connected. */
  readonly liveIndicator: Locator;
  readonly historyChart: Locator;
  readonly notFound: Locator;
  readonly errorPanel: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId("group-view");
    this.title = page.getByTestId("group-title");
    this.renameButton = page.getByTestId("rename-group");
    this.nameInput = page.getByLabel("Group name");
    this.headerId = page.getByTestId("group-header-id");
    this.activeBadge = this.view.getByTestId("active-badge");
    this.idleBadge = page.getByTestId("idle-badge");
    this.progressFinished = page.getByTestId("progress-finished");
    this.progressTotal = page.getByTestId("progress-total");
    this.breakdown = page.getByTestId("status-breakdown");
    this.liveIndicator = page.getByTestId("live-indicator");
    this.historyChart = page.getByTestId("status-history-chart");
    this.notFound = page.getByTestId("group-not-found");
    this.errorPanel = page.getByTestId("error-panel");
    this.empty = page.getByTestId("group-empty");
  }

  async goto(groupId: string): Promise<void> {
    await this.page.goto(`/groups/${groupId}`);
  }

  /** The breakdown's row of one status; its `data-count` is the count shown. */
  breakdownRow(status: string): Locator {
    return this.page.getByTestId(`breakdown-${status}`);
  }

  async rename(name: string): Promise<void> {
    await this.renameButton.click();
    await this.nameInput.fill(name);
    await this.nameInput.press("Enter");
  }
}
