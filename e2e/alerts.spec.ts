import { storageStatePath } from "./auth-state";
import { expect, test } from "./fixtures";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { SERVERS } from "./servers";

// Wraps window.Notification before the page's scripts run, so the test sees every notification the
// console shows (the context has granted the permission, as a member who allowed them).
const CAPTURE_NOTIFICATIONS = `(() => {
  const shown = [];
  const Original = window.Notification;
  function Captured(title, options) {
    shown.push({ title, body: options && options.body });
    try { return new Original(title, options); } catch { return {}; }
  }
  Object.defineProperty(Captured, "permission", { get: () => Original.permission });
  Captured.requestPermission = (...args) => Original.requestPermission(...args);
  window.Notification = Captured;
  window.__shownNotifications = shown;
})();`;

const ALERT_WAIT_MS = 30_000;

test("a rule made in the UI fires when the group finishes: in the group's alert history and as a browser notification", async ({
  page,
  context,
  request,
  browser,
}) => {
  await context.grantPermissions(["notifications"], { origin: SERVERS.main.consoleUrl });
  await page.addInitScript(CAPTURE_NOTIFICATIONS);

  // The owner (an admin) adds a browser-notification destination and sends it a test alert.
  const destinationName = uniqueName("Open consoles");
  await page.goto("/settings/alerts");
  await page.getByTestId("destination-kind").selectOption("browser");
  await page.getByTestId("destination-name").fill(destinationName);
  await page.getByTestId("create-destination").click();
  const destinationRow = page.getByTestId("destination-row").filter({ hasText: destinationName });
  await destinationRow.getByTestId("test-destination").click();
  await expect(destinationRow.getByTestId("test-destination-result")).toHaveAttribute("data-ok", "true");

  // A "group finished" rule on a new group, made on its page, sent only to that destination.
  const name = uniqueName("Alerted group");
  const groupId = await createGroup(request, name);
  await page.goto(`/groups/${groupId}`);
  const panel = page.getByTestId("alerts-panel");
  await panel.getByTestId("alert-rule-kind").selectOption("finished");
  for (const box of await panel.getByTestId("alert-rule-destination").all()) await box.uncheck();
  await panel.getByRole("checkbox", { name: destinationName }).check();
  await panel.getByTestId("save-alert-rule").click();
  await expect(panel.getByTestId("alert-rule").filter({ hasText: "Group finished" })).toHaveCount(1);
  await expect(panel.getByTestId("alert-firing")).toHaveCount(0);

  // Nobody touches the page: the server's watcher sees the group finish.
  await addRuns(request, groupId, 3);
  const firing = panel.getByTestId("alert-firing");
  await expect(firing).toHaveCount(1, { timeout: ALERT_WAIT_MS });
  await expect(firing).toContainText(name);
  await expect(firing.getByTestId("alert-delivery")).toHaveAttribute("data-state", "sent");

  await expect
    .poll(
      () => page.evaluate(() => (window as unknown as { __shownNotifications: { title: string; body: string }[] }).__shownNotifications),
      {
        timeout: ALERT_WAIT_MS,
      },
    )
    .toContainEqual({ title: "Task Group Console alert", body: expect.stringContaining(name) });

  // A viewer sees the rule and the history, and nothing to change them with.
  const viewer = await browser.newContext({ baseURL: SERVERS.main.consoleUrl, storageState: storageStatePath("viewer") });
  try {
    const viewerPage = await viewer.newPage();
    await viewerPage.goto(`/groups/${groupId}`);
    const viewerPanel = viewerPage.getByTestId("alerts-panel");
    await expect(viewerPanel.getByTestId("alert-rule")).toHaveCount(1);
    await expect(viewerPanel.getByTestId("alert-firing")).toHaveCount(1);
    await expect(viewerPanel.getByTestId("save-alert-rule")).toHaveCount(0);
    await expect(viewerPanel.getByTestId("delete-alert-rule")).toHaveCount(0);
  } finally {
    await viewer.close();
  }
});
