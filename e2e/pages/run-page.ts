import type { Locator } from "@playwright/test";
import { seriousViolations } from "../serious-violations";
import { PageObject } from "./page-object";

/** One run at `/groups/{groupId}/runs/{runId}`. */
export class RunPage extends PageObject({
  view: "run-view",
  runId: "run-id",
  breadcrumbGroup: "breadcrumb-group",
  input: "run-input",
  output: "run-output",
  outputFields: "output-field",
  markdown: "markdown-output",
  citations: "citation",
  confidence: "confidence-badge",
  basis: "field-basis",
  progress: "run-progress",
  progressMessages: "progress-message",
  error: "run-error",
  notFound: "run-not-found",
}) {
  readonly status = this.view.locator("header").getByTestId("status-badge");

  async goto(groupId: string, runId: string): Promise<void> {
    await this.page.goto(`/groups/${groupId}/runs/${runId}`);
  }

  /** Serious or critical accessibility violations in the run view (axe-core). */
  accessibilityViolations(): Promise<string[]> {
    return seriousViolations(this.page, '[data-testid="run-view"]');
  }

  field(name: string): Locator {
    return this.page.locator(`[data-testid="output-field"][data-field="${name}"]`);
  }
}
