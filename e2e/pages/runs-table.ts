import { expect, type Locator } from "@playwright/test";
import { seriousViolations } from "../serious-violations";
import { PageObject } from "./page-object";

/** The runs table on a group page (`/groups/{id}`): toolbar, virtualized rows, paging. */
export class RunsTable extends PageObject({
  section: "runs-section",
  table: "runs-table",
  scroller: "runs-scroll",
  rows: "run-row",
  pageLabel: "runs-page",
  range: "runs-range",
  empty: "runs-empty",
  ingestion: "ingestion-notice",
}) {
  readonly inputToggle = this.section.getByRole("button", { name: "Input", exact: true });
  readonly outputToggle = this.section.getByRole("button", { name: "Output", exact: true });
  readonly search = this.page.getByLabel("Search runs");
  readonly statusFilter = this.section.getByLabel("Status");
  readonly pageSize = this.page.getByLabel("Rows per page");
  readonly next = this.section.getByRole("button", { name: "Next" });
  readonly previous = this.section.getByRole("button", { name: "Previous" });

  async goto(groupId: string, query = ""): Promise<void> {
    await this.page.goto(`/groups/${groupId}${query}`);
    // The first page of a freshly started server takes a few seconds.
    await expect(this.section).toBeVisible({ timeout: 15_000 });
  }

  /** Serious or critical accessibility violations inside the runs section (axe-core). */
  accessibilityViolations(): Promise<string[]> {
    return seriousViolations(this.page, '[data-testid="runs-section"]');
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
