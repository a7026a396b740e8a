import type { BrowserContext } from "@playwright/test";
import { parseOpsEnv } from "../../lib/config/parse-ops-env";
import { addRuns, createGroup, uniqueName } from "../groups-api";
import { GroupPage } from "../pages/group-page";
import { findEventGaps } from "./event-gaps";
import { expect, test } from "./fixtures";
import { readRecording, startRecording } from "./page-event-recorder";
import { readUpstreamGroupEvents } from "./upstream-group-events";

// Issue #13: A is stopped gracefully (SIGTERM) while browsers watch a group through the load
// balancer. A ends their streams with a retry hint and exits 0; the browsers reconnect on their own,
// now to B, and when the group finishes nothing they watched has a gap.

// At the cluster's time scale, 3 s to 72 s per run: each wave keeps the group active about a minute more,
// long enough for the pages to load on a busy machine (a page's live stream opens only while the group is active).
const KEEPERS = 40;
const KEEPER_PROCESSOR = "ultra8x";
// Added just before A is stopped, these finish 3 s to 30 s later: during the handoff and after it.
const RUNS = 120;
const PROCESSOR = "ultra2x";
const VIEWERS = 2;
// The bound A drains within (the cluster leaves CONSOLE_SHUTDOWN_TIMEOUT_MS at its default).
const { shutdownTimeoutMs } = parseOpsEnv(process.env);

test("graceful shutdown of A while browsers watch: they resume on B with no lost events", async ({
  cluster,
  ownerSession,
  api,
  browser,
}) => {
  test.setTimeout(300_000);
  const contexts: BrowserContext[] = [];
  try {
    const throughA = await api("a");
    const groupId = await createGroup(throughA, uniqueName("Handoff"));
    await addRuns(throughA, groupId, KEEPERS, KEEPER_PROCESSOR);
    // The API relayed by the events hub (the SDK's stream), and the console's own live feed the group page reads.
    const feeds = { relay: `/api/parallel/v1/tasks/groups/${groupId}/events`, live: `/api/groups/${groupId}/events` };

    const keepActive = () => addRuns(throughA, groupId, KEEPERS, KEEPER_PROCESSOR);
    // Opened side by side, with a wave of keepers after each slow step: on a busy machine a page can take a minute to load.
    const viewers = await Promise.all(
      Array.from({ length: VIEWERS }, async () => {
        const context = await browser.newContext({ baseURL: cluster.lb.url, storageState: ownerSession });
        contexts.push(context);
        const group = new GroupPage(await context.newPage());
        await group.goto(groupId);
        return group;
      }),
    );
    await keepActive();
    for (const group of viewers) {
      await expect(group.liveIndicator).toHaveAttribute("data-connection", "open", { timeout: 60_000 });
      for (const [name, url] of Object.entries(feeds)) await startRecording(group.page, name, url);
    }
    const recordings = () =>
      Promise.all(viewers.flatMap((v) => Object.keys(feeds).map(async (name) => ({ name, ...(await readRecording(v.page, name)) }))));
    await keepActive();
    // Each feed has seen a run finish, so each has a cursor to resume from.
    await expect
      .poll(async () => (await recordings()).every((r) => r.opens.length === 1 && r.events.some((e) => e.type === "task_run.state")), {
        timeout: 60_000,
      })
      .toBe(true);
    const beforeShutdown = await recordings();
    expect(
      beforeShutdown.some((r) => r.done),
      "the group is still active when A is stopped",
    ).toBe(false);
    expect(new Set(cluster.lb.routed.map((r) => r.target)), "A served everything so far").toEqual(new Set([cluster.a.url]));
    await addRuns(throughA, groupId, RUNS, PROCESSOR);
    const routedBefore = cluster.lb.routed.length;

    const terminated = cluster.a.terminate();
    // The load balancer follows readiness, as a real one does: once A says it is draining (or is gone), B gets the new requests.
    await expect
      .poll(
        () =>
          fetch(`${cluster.a.url}/api/ready`).then(
            (r) => r.status,
            () => 0,
          ),
        { intervals: [50] },
      )
      .not.toBe(200);
    cluster.lb.switchTo(cluster.b.url);
    const { code, durationMs } = await terminated;
    console.log(`graceful handoff: A exited ${code} ${durationMs} ms after SIGTERM (bound ${shutdownTimeoutMs} ms)`);
    expect(code).toBe(0);
    expect(durationMs).toBeLessThan(shutdownTimeoutMs);

    for (const group of viewers) await expect(group.liveIndicator).toHaveAttribute("data-connection", "open", { timeout: 30_000 });
    await expect.poll(async () => (await recordings()).every((r) => r.opens.length >= 2 || r.done), { timeout: 30_000 }).toBe(true);
    for (const r of await recordings()) {
      const brokeMs = r.errors[0];
      const reopenedMs = r.opens.find((at) => at >= brokeMs);
      console.log(
        `graceful handoff: ${r.name} feed reconnected ${reopenedMs! - brokeMs} ms after A ended it (${r.opens.length - 1} reconnect(s))`,
      );
    }
    const resumed = cluster.lb.routed.slice(routedBefore).filter((r) => r.path === feeds.relay || r.path === feeds.live);
    expect(resumed.length, "every feed of every viewer reconnected").toBeGreaterThanOrEqual(VIEWERS * Object.keys(feeds).length);
    expect(new Set(resumed.map((r) => r.target)), "the reconnects were served by B").toEqual(new Set([cluster.b.url]));
    console.log(
      `graceful handoff: Last-Event-ID sent on reconnect: ${resumed.map((r) => `${r.path === feeds.relay ? "relay" : "live"}=${r.lastEventId ?? "none"}`).join(", ")}`,
    );
    // The live feed's run events carry `id:` lines: the browser resumes from its last one. The relayed API is passed
    // on byte for byte (the cursor is only inside the data), so its EventSource starts over: duplicates, no gap.
    for (const r of resumed.filter((r) => r.path === feeds.live))
      expect(r.lastEventId, "the live feed resumed with Last-Event-ID").toMatch(/^e\d+$/);

    await expect.poll(async () => (await recordings()).every((r) => r.done), { timeout: 120_000 }).toBe(true);
    const upstream = await readUpstreamGroupEvents(cluster.emulator.url, groupId);
    expect(upstream.filter((e) => e.type === "task_run.state")).toHaveLength(3 * KEEPERS + RUNS);
    for (const r of await recordings()) {
      const gaps = findEventGaps(r.events, upstream);
      console.log(`graceful handoff: ${r.name} feed received ${r.events.length} events: ${JSON.stringify(gaps)}`);
      expect(gaps.missingAfterFirst, `${r.name}: run events missing after the first one received`).toBe(0);
      // The relay replays the whole stream on a fresh connect; the live feed starts from the latest status.
      if (r.name === "relay") expect(gaps.runsWithoutFinalState, "relay: runs without their final state event").toBe(0);
    }
    for (const group of viewers)
      await expect(group.breakdownRow("completed")).toHaveAttribute("data-count", String(3 * KEEPERS + RUNS), {
        timeout: 30_000,
      });
  } finally {
    for (const context of contexts) await context.close();
    await cluster.ensureRunning();
  }
});
