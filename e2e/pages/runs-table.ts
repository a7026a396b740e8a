import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** The runs table on a group page (`/groups/{id}`): toolbar, virtualized rows, paging. */
export class RunsTable {
  readonly section: Locator;
  readonly table: Locator;
  readonly scroller: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly pageSize: Locator;
  readonly inputToggle: Locator;
  readonly outputToggle: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly pageLabel: Locator;
  readonly range: Locator;
  readonly empty: Locator;
  readonly ingestion: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId("runs-section");
    this.table = page.getByTestId("runs-table");
    this.scroller = page.getByTestId("runs-scroll");
    this.rows = page.getByTestId("run-row");
    this.search = page.getByLabel("Search runs");
    this.statusFilter = this.section.getByLabel("Status");
    this.pageSize = page.getByLabel("Rows per page");
    this.inputToggle = this.section.getByRole("button", { name: "Input", exact: true });
    this.outputToggle = this.section.getByRole("button", { name: "Output", exact: true });
    this.next = this.section.getByRole("button", { name: "Next" });
    this.previous = this.section.getByRole("button", { name: "Previous" });
    this.pageLabel = page.getByTestId("runs-page");
    this.range = page.getByTestId("runs-range");
    this.empty = page.getByTestId("runs-empty");
    this.ingestion = page.getByTestId("ingestion-notice");
  }

  async goto(groupId: string, query = ""): Promise<void> {
    await this.page.goto(`/groups/${groupId}${query}`);
    // The first page of a freshly started server takes a few seconds.
    await expect(this.section).toBeVisible({ timeout: 15_000 });
  }

  /** Serious or critical accessibility violations inside the runs section (axe-core). */
  async accessibilityViolations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page }).include('[data-testid="runs-section"]').analyze();
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  /** Run ids of the rows in the DOM, top to bottom. */
  async rowIds(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-run-id") ?? ""));
  }

  /** Waits until the table is not showing the previous view's rows any more. */
  async settled(): Promise<void> {
    await expect(this.table).toHaveAttribute("aria-busy", "false");
  }

  row(runId: string): Locator {
    return this.page.locator(`[data-testid="run-row"][data-run-id="${runId}"]`);
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole("columnheader", { name, exact: true });
  }

  /** The text of a run's cell in the column headed `column` (leaf header), or null when absent. */
  async cellText(runId: string, column: string): Promise<string | null> {
    return this.table.evaluate(
      (table, [id, name]) => {
        const headers = [...table.querySelectorAll("thead tr:last-child th")];
        const index = headers.findIndex((th) => th.textContent?.trim() === name);
        const row = table.querySelector(`tr[data-run-id="${id}"]`);
        return index < 0 || !row ? null : (row.children[index]?.textContent ?? null);
      },
      [runId, column] as const,
    );
  }

  async statuses(): Promise<string[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => row.querySelector("[data-testid=status-badge]")?.getAttribute("data-status") ?? ""),
    );
  }
}
