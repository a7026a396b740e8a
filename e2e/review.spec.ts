import { expect, test } from "./fixtures";
import { waitUntilFinished } from "./fixtures/group-runs";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { ReviewPage } from "./pages/review-page";

const EDITED = "Reviewed by hand in e2e";

test("work through the review queue by keyboard: accept, edit; the export carries the reviewed value", async ({ page }) => {
  test.setTimeout(120_000);
  const groupId = await createGroup(page.request, uniqueName("Review"));
  await addRuns(page.request, groupId, 40);
  await waitUntilFinished(page.request, groupId);

  const review = new ReviewPage(page);
  await review.goto(groupId);
  await expect(review.item).toBeVisible({ timeout: 30_000 });
  await expect(review.progress).toHaveAttribute("data-decided", "0");
  const keyOf = async () => `${await review.item.getAttribute("data-run")}/${await review.item.getAttribute("data-field")}`;
  const first = await keyOf();

  await page.keyboard.press("a");
  await expect(review.progress).toHaveAttribute("data-decided", "1");
  // Accepting moves on to the next answer.
  await expect.poll(keyOf).not.toBe(first);
  const edited = { run: await review.item.getAttribute("data-run"), field: await review.item.getAttribute("data-field") };
  const original = ((await review.item.getByTestId("review-value").textContent()) ?? "").trim();

  await page.keyboard.press("e");
  await review.editText.fill(EDITED);
  await review.editSave.click();
  await expect(review.progress).toHaveAttribute("data-decided", "2");

  const csv = await (await page.request.get(`/api/groups/${groupId}/export?format=csv`)).text();
  const [header, ...lines] = csv.trimEnd().split("\r\n");
  const columns = header.split(",");
  expect(columns).toContain("reviewed");
  // Plain names and the edited text hold no comma or quote, so a split reads these records.
  const cells = (lines.find((l) => l.startsWith(`${edited.run},`)) ?? "").split(",");
  expect(cells[columns.indexOf(`reviewed.${edited.field}`)]).toBe(EDITED);
  expect(cells[columns.indexOf("reviewed")]).toContain(`${edited.field}=edited`);
  // The original answer stays in its own column.
  expect(cells[columns.indexOf(`output.${edited.field}`)]).toBe(original);
});
