import type { Locator } from "@playwright/test";
import { PageObject } from "./page-object";

/** The groups list at `/`. */
export class GroupsPage extends PageObject({
  search: "groups-search",
  sort: "groups-sort",
  order: "groups-order",
  pageSize: "groups-page-size",
  addedBy: "groups-added-by",
  rows: "group-row",
  range: "groups-range",
  empty: "groups-empty",
  noMatch: "groups-no-match",
  createDemoGroup: "create-demo-group",
  openError: "open-group-error",
}) {
  readonly next = this.page.getByRole("button", { name: "Next" });
  readonly previous = this.page.getByRole("button", { name: "Previous" });
  readonly openInput = this.page.getByLabel("Open a group by id or link");
  readonly openButton = this.page.getByRole("button", { name: "Open", exact: true });

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
