import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";

/** One run at `/groups/{groupId}/runs/{runId}`. */
export class RunPage {
  readonly view: Locator;
  readonly runId: Locator;
  readonly status: Locator;
  readonly breadcrumbGroup: Locator;
  readonly input: Locator;
  readonly output: Locator;
  readonly outputFields: Locator;
  readonly markdown: Locator;
  readonly citations: Locator;
  readonly confidence: Locator;
  readonly basis: Locator;
  readonly progress: Locator;
  readonly progressMessages: Locator;
  readonly error: Locator;
  readonly notFound: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId("run-view");
    this.runId = page.getByTestId("run-id");
    this.status = this.view.locator("header").getByTestId("status-badge");
    this.breadcrumbGroup = page.getByTestId("breadcrumb-group");
    this.input = page.getByTestId("run-input");
    this.output = page.getByTestId("run-output");
    this.outputFields = page.getByTestId("output-field");
    this.markdown = page.getByTestId("markdown-output");
    this.citations = page.getByTestId("citation");
    this.confidence = page.getByTestId("confidence-badge");
    this.basis = page.getByTestId("field-basis");
    this.progress = page.getByTestId("run-progress");
    this.progressMessages = page.getByTestId("progress-message");
    this.error = page.getByTestId("run-error");
    this.notFound = page.getByTestId("run-not-found");
  }

  async goto(groupId: string, runId: string): Promise<void> {
    await this.page.goto(`/groups/${groupId}/runs/${runId}`);
  }

  /** Serious or critical accessibility violations in the run view (axe-core). */
  async accessibilityViolations(): Promise<string[]> {
    const result = await new AxeBuilder({ page: this.page }).include('[data-testid="run-view"]').analyze();
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  field(name: string): Locator {
    return this.page.locator(`[data-testid="output-field"][data-field="${name}"]`);
  }
}
