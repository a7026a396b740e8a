import type { Locator } from "@playwright/test";
import { PageObject } from "./page-object";

/** /share/{token}: a group's read-only live view for someone outside the team. */
export class SharePage extends PageObject({
  view: "shared-group-view",
  name: "shared-group-name",
  liveIndicator: "live-indicator",
  progressFinished: "progress-finished",
  runRows: "shared-run-row",
  noDataNotice: "shared-runs-no-data",
  ended: "share-ended",
  unavailable: "share-unavailable",
}) {
  breakdownRow(status: string): Locator {
    return this.page.getByTestId(`breakdown-${status}`);
  }
}
