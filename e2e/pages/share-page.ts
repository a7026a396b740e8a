import type { Locator, Page } from "@playwright/test";

/** /share/{token}: a group's read-only live view for someone outside the team. */
export class SharePage {
  readonly view: Locator;
  readonly name: Locator;
  readonly liveIndicator: Locator;
  readonly progressFinished: Locator;
  readonly runRows: Locator;
  readonly noDataNotice: Locator;
  readonly ended: Locator;
  readonly unavailable: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId("shared-group-view");
    this.name = page.getByTestId("shared-group-name");
    this.liveIndicator = page.getByTestId("live-indicator");
    this.progressFinished = page.getByTestId("progress-finished");
    this.runRows = page.getByTestId("shared-run-row");
    this.noDataNotice = page.getByTestId("shared-runs-no-data");
    this.ended = page.getByTestId("share-ended");
    this.unavailable = page.getByTestId("share-unavailable");
  }

  breakdownRow(status: string): Locator {
    return this.page.getByTestId(`breakdown-${status}`);
  }
}
