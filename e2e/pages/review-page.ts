import type { Locator, Page } from "@playwright/test";

/** `/groups/{id}/review`: one low-confidence answer at a time. */
export class ReviewPage {
  readonly view: Locator;
  readonly item: Locator;
  readonly progress: Locator;
  readonly editText: Locator;
  readonly editSave: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByTestId("review-view");
    this.item = page.getByTestId("review-item");
    this.progress = page.getByTestId("review-progress");
    this.editText = page.getByTestId("review-edit-text");
    this.editSave = page.getByTestId("review-edit-save");
  }

  async goto(groupId: string): Promise<void> {
    await this.page.goto(`/groups/${groupId}/review`);
  }
}
