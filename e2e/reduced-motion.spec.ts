import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { GroupPage } from "./pages/group-page";
import { addRuns, createGroup, uniqueName } from "./groups-api";

// The suite asks for reduced motion (REDUCED_MOTION, for its CPU): these two say what a person sees
// with either preference.

/** Opens a group whose runs keep it active (ultra2x: 3-30 s each at the e2e time scale) and waits for its live badge. */
async function openLiveGroup(groupPage: GroupPage, request: APIRequestContext): Promise<void> {
  const groupId = await createGroup(request, uniqueName("Motion"));
  await addRuns(request, groupId, 10, "ultra2x");
  await groupPage.goto(groupId);
  await expect(groupPage.activeBadge).toBeVisible();
}

function runningAnimations(groupPage: GroupPage): Promise<string[]> {
  return groupPage.page.evaluate(() =>
    document.getAnimations().map((animation) => (animation instanceof CSSAnimation ? animation.animationName : animation.constructor.name)),
  );
}

test("with reduced motion asked for, nothing on a live group's page moves", async ({ groupPage, request }) => {
  await openLiveGroup(groupPage, request);
  expect(await runningAnimations(groupPage)).toEqual([]);
  await expect(groupPage.activeBadge).toBeVisible();
});

test.describe("without a motion preference", () => {
  test.use({ reducedMotion: "no-preference" });

  test("a live group's badge pulses", async ({ groupPage, request }) => {
    await openLiveGroup(groupPage, request);
    await expect.poll(() => runningAnimations(groupPage)).toContain("ping");
  });
});
