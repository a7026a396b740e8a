import { expect, test } from "./fixtures";
import { SERVERS } from "./servers";

test("home page shows the embedded emulator as a reachable upstream", async ({ homePage }) => {
  await homePage.goto();

  await expect(homePage.page).toHaveTitle("Task Group Console");
  await expect(homePage.page.getByRole("link", { name: "Task Group Console" })).toBeVisible();
  await expect(homePage.upstreamLabel).toHaveText(`Embedded emulator at ${SERVERS.main.emulatorUrl}`);
  await expect(homePage.upstreamHealth).toHaveAttribute("data-health", "reachable");
  await expect(homePage.upstreamHealth).toHaveText("reachable");
  await expect(homePage.upstreamBadge).toHaveAttribute("data-health", "reachable");
  await expect(homePage.upstreamBadge).toContainText("Emulator");
  // Other specs may have created groups already: the list shows either them or the empty state.
  await expect(homePage.groupsView).toBeVisible();
  await expect(homePage.emptyGroups.or(homePage.groupRows.first())).toBeVisible();
});

test("the upstream endpoint never reveals the API key", async ({ request }) => {
  const response = await request.get("/api/upstream");
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body).toMatchObject({ kind: "emulator", baseUrl: SERVERS.main.emulatorUrl, prefix: "v1", reachable: true });
  expect(Object.keys(body).sort()).toEqual(["baseUrl", "kind", "prefix", "reachable", "status"]);
});

test("the favicon is a static asset from public/", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /^\/favicon\.svg/);
  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
