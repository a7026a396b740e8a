import { expect, test } from "./fixtures";
import { createGroupWithRuns } from "./groups-api";
import { SharePage } from "./pages/share-page";
import { SERVERS } from "./servers";
import { createShareLink } from "./share-api";
import { SIGNED_OUT } from "./teams-api";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

// An og:image address as written in HTML, to ask of this console.
const pathOf = (address: string) => {
  const url = new URL(address.replace(/&amp;/g, "&"), SERVERS.main.consoleUrl);
  expect(url.origin).toBe(SERVERS.main.consoleUrl);
  return `${url.pathname}${url.search}`;
};

test("a share link opened signed out shows the group live, read-only, with inputs only when they are shared", async ({
  page,
  browser,
  request,
}) => {
  // ultra2x runs (3–30 s here) keep the group active until the share page is open, even when the
  // owner's steps before it take 15 s on a busy machine (with ultra, 3–15 s, it had sometimes finished).
  const { groupId, name } = await createGroupWithRuns(request, "Shared with a client", 20, "ultra2x");

  // The owner creates a counts-only link on the group page; it is shown once.
  await page.goto(`/groups/${groupId}`);
  const panel = page.getByTestId("share-links");
  await panel.getByTestId("create-share-link").click();
  const countsOnlyUrl = await page.getByTestId("share-link-url").inputValue();
  expect(countsOnlyUrl).toMatch(new RegExp(`^${SERVERS.main.consoleUrl}/share/tgs_[\\w-]{43}$`));
  const withData = await createShareLink(request, groupId, true);

  const outsider = await browser.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: SIGNED_OUT });
  try {
    const shared = new SharePage(await outsider.newPage());
    await shared.page.goto(countsOnlyUrl);
    await expect(shared.name).toHaveText(name);
    await expect(shared.liveIndicator).toHaveAttribute("data-connection", "open");
    await expect(shared.breakdownRow("completed")).toHaveAttribute("data-count", "20", { timeout: 45_000 });
    await expect(shared.progressFinished).toHaveText("20");
    await expect(shared.runRows).toHaveCount(20);
    await expect(shared.noDataNotice).toBeVisible();
    await expect(shared.page.getByText("E2E Company")).toHaveCount(0);
    // Read-only: not one button, no way to another group, no member named, no sign-in asked for.
    await expect(shared.page.getByRole("button")).toHaveCount(0);
    await expect(shared.page.locator('a[href^="/groups"]')).toHaveCount(0);
    await expect(shared.page.getByText("@e2e.test")).toHaveCount(0);
    expect(new URL(shared.page.url()).pathname).toMatch(/^\/share\//);

    await shared.page.goto(withData.path);
    await expect(shared.runRows).toHaveCount(20);
    await expect(shared.page.getByText("E2E Company 0", { exact: true })).toBeVisible();
    await expect(shared.noDataNotice).toHaveCount(0);
  } finally {
    await outsider.close();
  }

  // Each opening is counted on the group page.
  await page.reload();
  const rows = page.getByTestId("share-link-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId("share-link-opens")).toContainText(["1 time", "1 time"]);
});

test("a revoked share link stops: the open page says it ended, and the link no longer opens", async ({ page, browser, request }) => {
  // ultra8x runs take 3 s to 72 s at the e2e time scale: the group is still running when the link is revoked.
  const { groupId } = await createGroupWithRuns(request, "Revoked while watched", 30, "ultra8x");
  const link = await createShareLink(request, groupId, false);

  const outsider = await browser.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: SIGNED_OUT });
  try {
    const shared = new SharePage(await outsider.newPage());
    await shared.page.goto(link.path);
    await expect(shared.liveIndicator).toHaveAttribute("data-connection", "open");

    await page.goto(`/groups/${groupId}`);
    await page.getByTestId("share-link-row").getByTestId("revoke-share-link").click();
    await expect(page.getByTestId("share-link-row")).toHaveAttribute("data-state", "revoked");

    await expect(shared.ended).toBeVisible();
    await expect(shared.liveIndicator).toHaveCount(0);
    await shared.page.reload();
    await expect(shared.unavailable).toContainText("revoked");
  } finally {
    await outsider.close();
  }
});

test("link previews: a share link's image shows the group, a member-only page's preview names only the product", async ({
  playwright,
  request,
}) => {
  const { groupId, name } = await createGroupWithRuns(request, "Previewed group", 3, "lite");
  const link = await createShareLink(request, groupId, false);

  const crawler = await playwright.request.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: SIGNED_OUT });
  try {
    const shareHtml = await (await crawler.get(link.path)).text();
    expect(shareHtml).toContain(`<meta property="og:title" content="${name}`);
    const imageUrl = /<meta property="og:image" content="([^"]+)"/.exec(shareHtml)?.[1];
    expect(imageUrl).toContain(`/share/${link.path.split("/").pop()}/opengraph-image`);
    const image = await crawler.get(pathOf(imageUrl!));
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect([...(await image.body()).subarray(0, 4)]).toEqual(PNG_SIGNATURE);

    // A member-only page: the crawler is sent to sign-in, whose preview names the product and nothing of the group.
    const groupPage = await crawler.get(`/groups/${groupId}`);
    const groupHtml = await groupPage.text();
    expect(new URL(groupPage.url()).pathname).toBe("/sign-in");
    expect(groupHtml).toContain('<meta property="og:title" content="Task Group Console"');
    expect(groupHtml).not.toContain(name);
    const productImageUrl = /<meta property="og:image" content="([^"]+)"/.exec(groupHtml)?.[1];
    expect(productImageUrl).toBeDefined();
    const productImage = await crawler.get(pathOf(productImageUrl!));
    expect(productImage.headers()["content-type"]).toBe("image/png");
  } finally {
    await crawler.dispose();
  }
});
