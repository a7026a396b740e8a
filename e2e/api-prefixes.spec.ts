import { KEY_CANARY } from "../scripts/key-canary";
import { expect, test } from "./fixtures";
import { readGroupRuns } from "./fixtures/group-runs";
import { createGroup, uniqueName } from "./groups-api";
import { addRunInputs, companyInputs, waitUntilIdle } from "./runs-api";
import { FAILING_API_PREFIX, SERVERS } from "./servers";

// The main console uses the default prefix (v1) against an emulator that serves only /v1; the
// "failing" one uses v1beta against an emulator that serves only /v1beta (and, as the real API, a
// run, its result and its input only under /v1). Every page works on both: the browser names no version.

const GROUP = `tgrp_${"0".repeat(32)}`;
const withKey = { headers: { "x-api-key": KEY_CANARY } };

test("each console reports its prefix, and its upstream lacks the other one", async ({ request }) => {
  expect(await (await request.get(`${SERVERS.main.consoleUrl}/api/upstream`)).json()).toMatchObject({ prefix: "v1", reachable: true });
  expect(await (await request.get(`${SERVERS.failing.consoleUrl}/api/upstream`)).json()).toMatchObject({
    prefix: FAILING_API_PREFIX,
    reachable: true,
  });
  // An unknown group is a 401 without the key where the path is served, and a 404 either way where it is not.
  expect((await request.get(`${SERVERS.main.emulatorUrl}/v1/tasks/groups/${GROUP}`)).status()).toBe(401);
  expect((await request.get(`${SERVERS.main.emulatorUrl}/v1beta/tasks/groups/${GROUP}`, withKey)).status()).toBe(404);
  expect((await request.get(`${SERVERS.main.emulatorUrl}/v1beta/tasks/groups/${GROUP}`)).status()).toBe(404);
  expect((await request.get(`${SERVERS.failing.emulatorUrl}/v1beta/tasks/groups/${GROUP}`)).status()).toBe(401);
  expect((await request.get(`${SERVERS.failing.emulatorUrl}/v1/tasks/groups/${GROUP}`)).status()).toBe(404);
});

test.describe("against an upstream serving only v1beta", () => {
  test.use({ baseURL: SERVERS.failing.consoleUrl });

  test("the group page and a finished run's page show the run, its input and its output", async ({ groupPage, runPage, request }) => {
    const groupId = await createGroup(request, uniqueName("Legacy prefix"));
    await addRunInputs(request, groupId, companyInputs(12, "Legacy"));
    await waitUntilIdle(request, groupId);
    const completed = (await readGroupRuns(request, groupId)).find((run) => run.status === "completed");
    expect(completed, "at least one of twelve runs completes when 30% fail").toBeDefined();

    await groupPage.goto(groupId);
    await expect(groupPage.view).toBeVisible();
    await runPage.goto(groupId, completed!.run_id);
    await expect(runPage.runId).toHaveText(completed!.run_id);
    await expect(runPage.status).toHaveAttribute("data-status", "completed");
    await expect(runPage.input).toContainText("Legacy");
    await expect(runPage.outputFields.first()).toBeVisible();
  });
});
