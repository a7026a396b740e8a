import type { Locator, Page } from "@playwright/test";

/** `/compare?groups=A,B[,C]`: figures, filters, matched rows and a cell's bases. */
export class ComparePage {
  readonly view: Locator;
  readonly groupRows: Locator;
  readonly matched: Locator;
  readonly show: Locator;
  readonly field: Locator;
  readonly rowsTable: Locator;
  readonly rows: Locator;
  readonly cellDialog: Locator;
  readonly stillReading: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId("compare-view");
    this.groupRows = page.getByTestId("compare-group-row");
    this.matched = page.getByTestId("compare-matched");
    this.show = page.getByTestId("compare-show");
    this.field = page.getByTestId("compare-field");
    this.rowsTable = page.getByTestId("compare-rows");
    this.rows = page.getByTestId("compare-row");
    this.cellDialog = page.getByTestId("cell-basis-dialog");
    this.stillReading = page.getByText("still being read");
  }

  fieldRow(field: string): Locator {
    return this.page.locator(`[data-testid="compare-field-row"][data-field="${field}"]`);
  }

  cells(field: string): Locator {
    return this.page.locator(`[data-testid="compare-cell"][data-field="${field}"]`);
  }
}
