import { PageObject } from "./page-object";

/** `/groups/{id}/review`: one low-confidence answer at a time. */
export class ReviewPage extends PageObject({
  view: "review-view",
  item: "review-item",
  progress: "review-progress",
  editText: "review-edit-text",
  editSave: "review-edit-save",
}) {
  async goto(groupId: string): Promise<void> {
    await this.page.goto(`/groups/${groupId}/review`);
  }
}
