import type { Locator } from "@playwright/test";
import { PageObject } from "./page-object";

/** `/compare?groups=A,B[,C]`: figures, filters, matched rows and a cell's bases. */
export class ComparePage extends PageObject({
  view: "compare-view",
  groupRows: "compare-group-row",
  matched: "compare-matched",
  show: "compare-show",
  field: "compare-field",
  rowsTable: "compare-rows",
  rows: "compare-row",
  cellDialog: "cell-basis-dialog",
}) {
  readonly stillReading = this.page.getByText("still being read");

  fieldRow(field: string): Locator {
    return this.page.locator(`[data-testid="compare-field-row"][data-field="${field}"]`);
  }

  cells(field: string): Locator {
    return this.page.locator(`[data-testid="compare-cell"][data-field="${field}"]`);
  }
}
