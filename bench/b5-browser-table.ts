import type { Browser, Page } from "@playwright/test";
import { launchChromium, pageExists, usedHeapAfterGc, workerHeapsAfterGc } from "./lib/browser";
import type { ConsoleCredentials } from "./lib/console-sign-in";
import { defineConsoleFigure } from "./lib/figure";
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

// Installed before the page's own scripts: notes when the first run row enters the DOM, and the
// next animation frame after it (the frame that paints it; rows in the first HTML are painted with
// the first contentful paint).
const WATCH_FIRST_ROW = `(() => {
  const row = ${JSON.stringify(ROW)};
  const found = () => {
    if (!document.querySelector(row)) return false;
    requestAnimationFrame(() => { window.__firstRowFrameMs = performance.now(); });
    return true;
  };
  const observer = new MutationObserver(() => { if (found()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})()`;

const READ_PAINT_TIMES = `new Promise((resolve) => {
  const poll = () => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    if (fcp && typeof window.__firstRowFrameMs === "number") resolve({ fcpMs: fcp.startTime, rowFrameMs: window.__firstRowFrameMs });
    else setTimeout(poll, 20);
  };
  poll();
})`;

interface PaintTimes {
  /** First contentful paint, from navigation start. */
  fcpMs: number;
  /** When the first run row was painted, from navigation start: not before the first contentful paint. */
  firstRowPaintMs: number;
}

async function readPaintTimes(page: Page): Promise<PaintTimes> {
  const { fcpMs, rowFrameMs } = (await page.evaluate(READ_PAINT_TIMES)) as { fcpMs: number; rowFrameMs: number };
  return { fcpMs, firstRowPaintMs: Math.max(fcpMs, rowFrameMs) };
}

/** Scrolls the virtualized table of the current page to its bottom; returns the run ids it showed. */
function scrollThroughPage(page: Page): Promise<string[]> {
  return page.evaluate(`${SCROLL_THROUGH_PAGE}(${JSON.stringify({ row: ROW, scroller: SCROLLER })})`) as Promise<string[]>;
}

interface SessionResult extends PaintTimes {
  firstRowMs: number;
  heapMb: number;
  domRows: number;
  rowsSeen: number;
}

/** One fresh browser context (empty cache): open the group, time the first row, then scroll pages of 500. */
async function measureSession(
  browser: Browser,
  consoleUrl: string,
  session: ConsoleCredentials["sessionCookie"],
  groupId: string,
  rowsToScroll: number,
  scrollLimitMs: number,
): Promise<SessionResult | string> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies([{ ...session, url: consoleUrl }]);
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_ROW);
    const startMs = performance.now();
    await page.goto(`${consoleUrl}/groups/${groupId}`, { waitUntil: "commit" });
    try {
      await page.locator(ROW).first().waitFor({ state: "visible", timeout: 30_000 });
    } catch {
      return "the group page shows no [data-testid=run-row] within 30 s";
    }
    const firstRowMs = performance.now() - startMs;
    const paint = await readPaintTimes(page);

    if (rowsToScroll === 0) return { firstRowMs, ...paint, heapMb: Number.NaN, domRows: Number.NaN, rowsSeen: 0 };
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
    return { firstRowMs, ...paint, heapMb: heap / MB, domRows: await page.locator(ROW).count(), rowsSeen: seen.size };
  } finally {
    await context.close();
  }
}

export const figure = defineConsoleFigure("B5", {
  what: "Chromium runs table: time to first row; JS heap after scrolling 10,000 rows; DOM rows",
  quick: { runs: 10_000, rowsToScroll: 2_000, scrollLimitMs: 60_000, sessions: 1, timeLimitMs: 120_000 },
  full: { runs: 100_000, rowsToScroll: 10_000, scrollLimitMs: 240_000, sessions: 3, timeLimitMs: 900_000 },
  run: async (ctx, { runs, rowsToScroll, scrollLimitMs, sessions }, server) => {
    const groupId = await ctx.finishedGroup(runs);
    const probe = await pageExists(server.url, `/groups/${groupId}`, server.credentials.sessionCookie);
    if (!probe.ok) return notMeasurable(`GET /groups/{id} answers ${probe.status}: the group page is not in the build yet`, { runs });

    const browser = await launchChromium();
    try {
      // Loads the page's server code once, on another group: not part of any measured session.
      const warmUp = await measureSession(browser, server.url, server.credentials.sessionCookie, await ctx.finishedGroup(1_000), 0, 0);
      if (typeof warmUp === "string") return notMeasurable(warmUp, { runs });

      const results: SessionResult[] = [];
      const warm: SessionResult[] = [];
      for (let session = 0; session < sessions; session++) {
        // Cold run cache for every session: the console forgets the group first.
        await fetch(`${server.url}/api/groups/${groupId}`, { method: "DELETE", headers: server.credentials.apiHeaders }).then((r) =>
          r.body?.cancel(),
        );
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        const result = await measureSession(browser, server.url, server.credentials.sessionCookie, groupId, rowsToScroll, scrollLimitMs);
        if (typeof result === "string") return notMeasurable(result, { runs });
        results.push(result);
        // The same page again in a fresh context, now that the console caches the group's first pages.
        const again = await measureSession(browser, server.url, server.credentials.sessionCookie, groupId, 0, 0);
        if (typeof again !== "string") warm.push(again);
        ctx.log(
          `B5 session ${session + 1}: first row after ${result.firstRowMs.toFixed(0)} ms; ${result.rowsSeen} rows scrolled; heap ${result.heapMb.toFixed(1)} MB; ${result.domRows} rows in the DOM`,
        );
        if (typeof again !== "string") {
          ctx.log(
            `B5 session ${session + 1}, warm: first row painted ${again.firstRowPaintMs.toFixed(0)} ms after navigation start, first contentful paint ${again.fcpMs.toFixed(0)} ms`,
          );
        }
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
          measure(
            "time to first row (cold run cache)",
            "ms",
            results.map((r) => r.firstRowMs),
          ),
          measure(
            "time to first row (warm run cache)",
            "ms",
            warm.map((r) => r.firstRowMs),
          ),
          measure(
            "time to first row painted, from navigation start (warm run cache)",
            "ms",
            warm.map((r) => r.firstRowPaintMs),
          ),
          measure(
            "first row painted ÷ first contentful paint (warm run cache)",
            "×",
            warm.map((r) => r.firstRowPaintMs / r.fcpMs),
            { op: "<=", value: 1.1 },
          ),
          measure(
            "first row painted ÷ first contentful paint (cold: group forgotten, imported by the page)",
            "×",
            results.map((r) => r.firstRowPaintMs / r.fcpMs),
          ),
          measure(
            `JS heap after scrolling ${rowsSeen.toLocaleString("en-US")} rows (after GC)`,
            "MB",
            results.map((r) => r.heapMb),
            { op: "<=", value: 150 },
          ),
          measure(
            "rows in the DOM",
            "rows",
            results.map((r) => r.domRows),
            { op: "<=", value: 150 },
          ),
        ],
        notes,
      };
    } finally {
      await browser.close();
    }
  },
});
