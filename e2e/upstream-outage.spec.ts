import { expect, test } from "./fixtures";
import { allowConsoleErrors } from "./fixtures/expected-errors";
import { OutageUpstream } from "./fixtures/outage-upstream";
import { addRuns, createGroup, uniqueName } from "./groups-api";
import { GroupPage } from "./pages/group-page";
import { SERVERS } from "./servers";

const RUNS = 30;
// The gateway retries a broken stream for ~16 s before it gives up; the page must say so after that.
const GIVE_UP_TIMEOUT_MS = 60_000;

test.use({ baseURL: SERVERS.outage.consoleUrl });

const upstream = new OutageUpstream();
test.afterAll(() => upstream.stop());

test("after an upstream outage longer than the gateway's retries, the open page recovers by itself and a fresh page is current", async ({
  groupPage,
  request,
  context,
  browserErrors,
}) => {
  test.setTimeout(180_000);
  await upstream.start();
  const groupId = await createGroup(request, uniqueName("Outage"));
  await addRuns(request, groupId, RUNS, "lite");

  await groupPage.goto(groupId);
  const live = groupPage.page.getByTestId("live-indicator");
  await expect(live).toHaveAttribute("data-connection", "open", { timeout: 15_000 });

  await upstream.stop();
  // The gateway reconnects, gives up, and ends the page's stream with its error event.
  await expect(live).toHaveAttribute("data-connection", "reconnecting", { timeout: GIVE_UP_TIMEOUT_MS });
  await upstream.start();

  await expect(live, "the open page is live again once upstream is back").toHaveAttribute("data-connection", "open", { timeout: 30_000 });
  const fresh = new GroupPage(await context.newPage());
  await fresh.goto(groupId);
  await expect(fresh.progressTotal).toHaveText(String(RUNS), { timeout: 15_000 });
  for (const page of [groupPage, fresh]) {
    await expect(page.breakdownRow("completed")).toHaveAttribute("data-count", String(RUNS), { timeout: 60_000 });
    await expect(page.page.getByTestId("group-status-message")).toContainText(`All ${RUNS} runs finished`);
  }
  // While upstream was down the page's reconnects were answered 502 (upstream unreachable).
  allowConsoleErrors(browserErrors, /status of 502/);
});
