import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The create form at `/groups/new` (and "Add runs" at `/groups/new?group=<id>`), and an upload's progress. */
export class CreatePage {
  readonly form: Locator;
  readonly name: Locator;
  readonly processor: Locator;
  readonly fileInput: Locator;
  readonly pasteTab: Locator;
  readonly pasteInput: Locator;
  readonly hasHeader: Locator;
  readonly sourceName: Locator;
  readonly sourceError: Locator;
  readonly sourceNotes: Locator;
  readonly readAsLatin1: Locator;
  readonly rowTotal: Locator;
  readonly preview: Locator;
  readonly rowIssues: Locator;
  readonly rowIssuesTitle: Locator;
  readonly dropInvalidRows: Locator;
  readonly submit: Locator;
  readonly submitProblems: Locator;
  readonly estimateCost: Locator;
  readonly estimateTime: Locator;
  readonly targetGroup: Locator;
  readonly restored: Locator;
  readonly draftStatus: Locator;
  readonly progress: Locator;
  readonly uploadRows: Locator;
  readonly uploadBatches: Locator;
  readonly uploadWaiting: Locator;
  readonly retryFailedButton: Locator;
  readonly retryDialog: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("create-form");
    this.name = page.getByTestId("group-name");
    this.processor = page.getByTestId("processor-select");
    this.fileInput = page.getByTestId("file-input");
    this.pasteTab = page.getByRole("tab", { name: "Paste or type" });
    this.pasteInput = page.getByTestId("paste-input");
    this.hasHeader = page.getByTestId("has-header");
    this.sourceName = page.getByTestId("source-name");
    this.sourceError = page.getByTestId("source-error");
    this.sourceNotes = page.getByTestId("source-notes");
    this.readAsLatin1 = page.getByTestId("read-as-latin1");
    this.rowTotal = page.getByTestId("row-total");
    this.preview = page.getByTestId("rows-preview");
    this.rowIssues = page.getByTestId("row-issues");
    this.rowIssuesTitle = page.getByTestId("row-issues-title");
    this.dropInvalidRows = page.getByTestId("drop-invalid-rows");
    this.submit = page.getByTestId("submit-upload");
    this.submitProblems = page.getByTestId("submit-problems");
    this.estimateCost = page.getByTestId("estimate-cost");
    this.estimateTime = page.getByTestId("estimate-time");
    this.targetGroup = page.getByTestId("target-group");
    this.restored = page.getByTestId("draft-restored");
    this.draftStatus = page.getByTestId("draft-status");
    this.progress = page.getByTestId("upload-progress");
    this.uploadRows = page.getByTestId("upload-rows");
    this.uploadBatches = page.getByTestId("upload-batches");
    this.uploadWaiting = page.getByTestId("upload-waiting");
    this.retryFailedButton = page.getByTestId("retry-failed-button");
    this.retryDialog = page.getByTestId("retry-failed-dialog");
  }

  /**
   * Opens the form. The form keeps its entries in IndexedDB across visits; tests start from an
   * empty form unless they test exactly that.
   */
  async goto({ groupId, keepDraft = false }: { groupId?: string; keepDraft?: boolean } = {}): Promise<void> {
    await this.page.goto(groupId ? `/groups/new?group=${groupId}` : "/groups/new");
    await expect(this.form).toBeVisible();
    if (!keepDraft && (await this.restored.isVisible())) {
      await this.restored.getByRole("button", { name: "Start over" }).click();
      await expect(this.restored).toBeHidden();
    }
  }

  async chooseFile(file: FilePayload): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  async paste(text: string): Promise<void> {
    await this.pasteTab.click();
    await this.pasteInput.fill(text);
  }

  /** Serious or critical accessibility violations in the form (axe-core). */
  async accessibilityViolations(): Promise<string[]> {
    // While rows are re-checked (after a schema change) they are dimmed on purpose; scan the settled form.
    await expect(this.page.locator('[data-testid="create-form"] [aria-busy="true"]')).toHaveCount(0);
    const result = await new AxeBuilder({ page: this.page }).include('[data-testid="create-form"]').analyze();
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  rowIssue(row: number): Locator {
    return this.rowIssues.locator(`[data-testid="row-issue"][data-row="${row}"]`);
  }

  /** The upload's progress view, then the group it lands on; returns the group id. */
  async waitForGroup(timeoutMs = 60_000): Promise<string> {
    await expect(this.page).toHaveURL(/\/groups\/tgrp_[A-Za-z0-9]+$/, { timeout: timeoutMs });
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }
}
