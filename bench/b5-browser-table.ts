import type { Browser, Page } from "@playwright/test";
import { launchChromium, pageExists, usedHeapAfterGc, workerHeapsAfterGc } from "./lib/browser";
import type { Figure } from "./lib/figure";
import { measure, notMeasurable } from "./lib/results";

// B5: the runs table of a large group in Chromium: time until the first row shows (cold run cache),
// then the JS heap after scrolling through 10,000 rows (pages of 500, each scrolled top to bottom)
// and how many rows are in the DOM (the table is virtualized).

const ROW = '[data-testid="run-row"]';
const SCROLLER = '[data-testid="runs-scroll"]';
const MB = 1_000_000;

// Runs in the page. A string, not a function: the TypeScript runner would wrap a function's inner
// helpers in its own `__name` calls, which do not exist in the page.
const SCROLL_THROUGH_PAGE = `(async ({ row, scroller }) => {
  const element = document.querySelector(scroller);
  if (!element) throw new Error("no runs scroller");
  const seen = new Set();
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  element.scrollTop = 0;
  for (let step = 0; step < 10000; step++) {
    await frame();
    for (const r of document.querySelectorAll(row)) seen.add(r.getAttribute("data-run-id") ?? "");
    if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) break;
    element.scrollTop += element.clientHeight;
  }
  return [...seen];
})`;

/** Scrolls the virtualized table of the current page to its bottom; returns the run ids it showed. */
function scrollThroughPage(page: Page): Promise<string[]> {
  return page.evaluate(`${SCROLL_THROUGH_PAGE}(${JSON.stringify({ row: ROW, scroller: SCROLLER })})`) as Promise<string[]>;
}

interface SessionResult {
  firstRowMs: number;
  heapMb: number;
  domRows: number;
  rowsSeen: number;
}

/** One fresh browser context (empty cache): open the group, time the first row, then scroll pages of 500. */
async function measureSession(browser: Browser, consoleUrl: string, groupId: string, rowsToScroll: number, scrollLimitMs: number): Promise<SessionResult | string> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const startMs = performance.now();
    await page.goto(`${consoleUrl}/groups/${groupId}`, { waitUntil: "commit" });
    try {
      await page.locator(ROW).first().waitFor({ state: "visible", timeout: 30_000 });
    } catch {
      return "the group page shows no [data-testid=run-row] within 30 s";
    }
    const firstRowMs = performance.now() - startMs;

    if (rowsToScroll === 0) return { firstRowMs, heapMb: Number.NaN, domRows: Number.NaN, rowsSeen: 0 };
    await page.goto(`${consoleUrl}/groups/${groupId}?pageSize=500`);
    const seen = new Set<string>();
    const deadlineMs = Date.now() + scrollLimitMs;
    let previousFirst = "";
    while (seen.size < rowsToScroll && Date.now() < deadlineMs) {
      // The next page is in once the table is not busy and its first row changed.
      await page.waitForFunction(
        ({ row, previous }) => {
          const first = document.querySelector(row)?.getAttribute("data-run-id");
          const busy = document.querySelector('[data-testid="runs-table"]')?.getAttribute("aria-busy") === "true";
          return !busy && !!first && first !== previous;
        },
        { row: ROW, previous: previousFirst },
        { timeout: 30_000 },
      );
      previousFirst = (await page.locator(ROW).first().getAttribute("data-run-id")) ?? "";
      for (const id of await scrollThroughPage(page)) seen.add(id);
      const next = page.getByTestId("runs-section").getByRole("button", { name: "Next" });
      if (seen.size >= rowsToScroll || (await next.isDisabled())) break;
      await next.click();
    }
    // The page's heap and that of any worker it started, after a GC.
    const heap = (await usedHeapAfterGc(page)) + (await workerHeapsAfterGc(browser, consoleUrl));
    return { firstRowMs, heapMb: heap / MB, domRows: await page.locator(ROW).count(), rowsSeen: seen.size };
  } finally {
    await context.close();
  }
}

export const figure: Figure = {
  id: "B5",
  what: "Chromium runs table: time to first row; JS heap after scrolling 10,000 rows; DOM rows",
  needsConsole: true,
  timeLimitMs: (quick) => (quick ? 120_000 : 900_000),
  run: async (ctx) => {
    const runs = ctx.quick ? 10_000 : 100_000;
    const rowsToScroll = ctx.quick ? 2_000 : 10_000;
    const sessions = ctx.quick ? 1 : 3;
    const server = await ctx.console();
    const groupId = await ctx.finishedGroup(runs);
    const probe = await pageExists(server.url, `/groups/${groupId}`);
    if (!probe.ok) return notMeasurable(`GET /groups/{id} answers ${probe.status}: the group page is not in the build yet`, { runs });

    const browser = await launchChromium();
    try {
      // Loads the page's server code once, on another group: not part of any measured session.
      const warm = await measureSession(browser, server.url, await ctx.finishedGroup(1_000), 0, 0);
      if (typeof warm === "string") return notMeasurable(warm, { runs });

      const results: SessionResult[] = [];
      const warmFirstRowMs: number[] = [];
      for (let session = 0; session < sessions; session++) {
        // Cold run cache for every session: the console forgets the group first.
        await fetch(`${server.url}/api/groups/${groupId}`, { method: "DELETE" }).then((r) => r.body?.cancel());
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const result = await measureSession(browser, server.url, groupId, rowsToScroll, ctx.quick ? 60_000 : 240_000);
        if (typeof result === "string") return notMeasurable(result, { runs });
        results.push(result);
        // The same page again in a fresh context, now that the console caches the group's first pages.
        const again = await measureSession(browser, server.url, groupId, 0, 0);
        if (typeof again !== "string") warmFirstRowMs.push(again.firstRowMs);
        ctx.log(
          `B5 session ${session + 1}: first row after ${result.firstRowMs.toFixed(0)} ms; ${result.rowsSeen} rows scrolled; heap ${result.heapMb.toFixed(1)} MB; ${result.domRows} rows in the DOM`,
        );
      }
      const rowsSeen = Math.min(...results.map((r) => r.rowsSeen));
      const notes = [
        "Each session is a fresh browser context on a group the console has just forgotten (cold run cache): first row on /groups/{id}, then /groups/{id}?pageSize=500 scrolled top to bottom, page after page.",
      ];
      if (rowsSeen < rowsToScroll) notes.push(`Only ${rowsSeen} rows could be scrolled in the time allowed.`);
      return {
        status: "measured",
        sizes: { runs, "rows scrolled": rowsSeen, viewport: "1400×900" },
        measures: [
          measure("time to first row (cold run cache)", "ms", results.map((r) => r.firstRowMs)),
          measure("time to first row (warm run cache)", "ms", warmFirstRowMs),
          measure(`JS heap after scrolling ${rowsSeen.toLocaleString("en-US")} rows (after GC)`, "MB", results.map((r) => r.heapMb), { op: "<=", value: 150 }),
          measure("rows in the DOM", "rows", results.map((r) => r.domRows), { op: "<=", value: 150 }),
        ],
        notes,
      };
    } finally {
      await browser.close();
    }
  },
};
