import { expect, type Locator } from "@playwright/test";
import { seriousViolations } from "../serious-violations";
import { PageObject } from "./page-object";

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The create form at `/groups/new` (and "Add runs" at `/groups/new?group=<id>`), and an upload's progress. */
export class CreatePage extends PageObject({
  form: "create-form",
  name: "group-name",
  processor: "processor-select",
  fileInput: "file-input",
  pasteInput: "paste-input",
  hasHeader: "has-header",
  sourceName: "source-name",
  sourceError: "source-error",
  sourceNotes: "source-notes",
  readAsLatin1: "read-as-latin1",
  rowTotal: "row-total",
  preview: "rows-preview",
  rowIssues: "row-issues",
  rowIssuesTitle: "row-issues-title",
  dropInvalidRows: "drop-invalid-rows",
  submit: "submit-upload",
  submitProblems: "submit-problems",
  estimateCost: "estimate-cost",
  estimateTime: "estimate-time",
  targetGroup: "target-group",
  restored: "draft-restored",
  draftStatus: "draft-status",
  progress: "upload-progress",
  uploadRows: "upload-rows",
  uploadBatches: "upload-batches",
  uploadWaiting: "upload-waiting",
  retryFailedButton: "retry-failed-button",
  retryDialog: "retry-failed-dialog",
}) {
  readonly pasteTab = this.page.getByRole("tab", { name: "Paste or type" });

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
    return seriousViolations(this.page, '[data-testid="create-form"]');
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
