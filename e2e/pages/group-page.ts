import type { Locator } from "@playwright/test";
import { PageObject } from "./page-object";

/** One group's live view at `/groups/{id}`. */
export class GroupPage extends PageObject({
  view: "group-view",
  title: "group-title",
  renameButton: "rename-group",
  headerId: "group-header-id",
  idleBadge: "idle-badge",
  progressFinished: "progress-finished",
  progressTotal: "progress-total",
  breakdown: "status-breakdown",
  /** "Live" while the page receives the group's events; `data-connection` says how it is connected. */
  liveIndicator: "live-indicator",
  historyChart: "status-history-chart",
  notFound: "group-not-found",
  errorPanel: "error-panel",
  empty: "group-empty",
}) {
  readonly nameInput = this.page.getByLabel("Group name");
  readonly activeBadge = this.view.getByTestId("active-badge");

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
