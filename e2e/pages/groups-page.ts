import type { Locator, Page } from "@playwright/test";

/** The groups list at `/`. */
export class GroupsPage {
  readonly search: Locator;
  readonly sort: Locator;
  readonly order: Locator;
  readonly pageSize: Locator;
  readonly addedBy: Locator;
  readonly rows: Locator;
  readonly range: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly empty: Locator;
  readonly noMatch: Locator;
  readonly createDemoGroup: Locator;
  readonly openInput: Locator;
  readonly openButton: Locator;
  readonly openError: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId("groups-search");
    this.sort = page.getByTestId("groups-sort");
    this.order = page.getByTestId("groups-order");
    this.pageSize = page.getByTestId("groups-page-size");
    this.addedBy = page.getByTestId("groups-added-by");
    this.rows = page.getByTestId("group-row");
    this.range = page.getByTestId("groups-range");
    this.next = page.getByRole("button", { name: "Next" });
    this.previous = page.getByRole("button", { name: "Previous" });
    this.empty = page.getByTestId("groups-empty");
    this.noMatch = page.getByTestId("groups-no-match");
    this.createDemoGroup = page.getByTestId("create-demo-group");
    this.openInput = page.getByLabel("Open a group by id or link");
    this.openButton = page.getByRole("button", { name: "Open", exact: true });
    this.openError = page.getByTestId("open-group-error");
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/${query}`);
  }

  row(groupId: string): Locator {
    return this.page.locator(`[data-testid="group-row"][data-group-id="${groupId}"]`);
  }

  /** The row's mini-bar segment of one status (absent when the count is 0). */
  barSegment(groupId: string, status: string): Locator {
    return this.row(groupId).getByTestId("status-bar").locator(`[data-status="${status}"]`);
  }

  rowNames(): Promise<string[]> {
    return this.rows.getByTestId("group-name").allInnerTexts();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async openGroup(reference: string): Promise<void> {
    await this.openInput.fill(reference);
    await this.openButton.click();
  }
}
