import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { launchChromium, pageExists, usedHeapAfterGc, workerHeapsAfterGc } from "./lib/browser";
import { getGroupStatus } from "./lib/emulator-client";
import { defineConsoleFigure } from "./lib/figure";
import { measure, notMeasurable } from "./lib/results";

// B6: a 100,000-row CSV (about 10 MB) on /groups/new in Chromium: how long parsing and validating
// it takes, the JS heap with it loaded, and how long the whole submission takes (100 batches of
// 1,000 through the gateway) against the emulator at its default rate limit.

const MB = 1_000_000;
const SUBMIT_LIMIT_MS = 600_000;

/** Writes the CSV: a header and `rows` rows of about 100 bytes. */
async function writeCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (line: string) => {
    bytes += Buffer.byteLength(line);
    return out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  await write("company,website,country,question\n");
  for (let i = 0; i < rows; i++) {
    await write(`Acme Industries ${i},https://acme-${i}.example.com,DE,"What does Acme Industries ${i} make, and since when?"\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return bytes;
}

export const figure = defineConsoleFigure("B6", {
  what: "Chromium, 100,000-row CSV upload: parse + validate time; heap; full submission time",
  quick: { rows: 20_000, timeLimitMs: 900_000 },
  full: { rows: 100_000, timeLimitMs: 900_000 },
  run: async (ctx, { rows }, server) => {
    const probe = await pageExists(server.url, "/groups/new", server.credentials.sessionCookie);
    if (!probe.ok) return notMeasurable(`GET /groups/new answers ${probe.status}: the upload page is not in the build yet`, { rows: rows });

    const csvPath = join(ctx.workDir, "b6-upload.csv");
    const csvBytes = await writeCsv(csvPath, rows);
    const sizes = { rows: rows, "CSV MB": Math.round((csvBytes / MB) * 10) / 10 };
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addCookies([{ ...server.credentials.sessionCookie, url: server.url }]);
      const page = await context.newPage();
      await page.goto(`${server.url}/groups/new`);
      try {
        await page.getByTestId("create-form").waitFor({ state: "visible", timeout: 30_000 });
      } catch {
        return notMeasurable("/groups/new shows no [data-testid=create-form] within 30 s", sizes);
      }
      await page.getByTestId("group-name").fill("B6 upload of 100,000 rows");

      const parseStartMs = performance.now();
      await page.getByTestId("file-input").setInputFiles(csvPath);
      // Parsed and validated: the total is shown and nothing stands in the way of submitting.
      await page
        .getByTestId("row-total")
        .filter({ hasText: `${rows.toLocaleString("en-US")} rows` })
        .waitFor({ timeout: 120_000 });
      const submit = page.getByTestId("submit-upload");
      await page.waitForFunction(
        () => !(document.querySelector('[data-testid="submit-upload"]') as HTMLButtonElement | null)?.disabled,
        undefined,
        {
          timeout: 60_000,
        },
      );
      const parseMs = performance.now() - parseStartMs;
      const pageHeap = await usedHeapAfterGc(page);
      const workerHeap = await workerHeapsAfterGc(browser, server.url);
      const heap = pageHeap + workerHeap;
      ctx.log(
        `B6: parsed and validated in ${parseMs.toFixed(0)} ms; heap ${(pageHeap / MB).toFixed(1)} MB in the page, ${(workerHeap / MB).toFixed(1)} MB in workers`,
      );

      const submitStartMs = performance.now();
      await submit.click();
      // When the submission ends the page lands on the group's live view.
      await page.waitForURL(/\/groups\/tgrp_[A-Za-z0-9]+$/, { timeout: SUBMIT_LIMIT_MS });
      const landedMs = performance.now() - submitStartMs;
      const groupId = new URL(page.url()).pathname.split("/").pop()!;
      const status = await getGroupStatus(server.emulator, groupId);
      if (status.num_task_runs !== rows)
        throw new Error(`group ${groupId} has ${status.num_task_runs} runs after the upload, expected ${rows}`);
      ctx.log(`B6: ${rows} runs submitted in ${(landedMs / 1000).toFixed(1)} s (${groupId})`);
      return {
        status: "measured",
        sizes,
        measures: [
          measure("parse + validate in the browser", "s", [parseMs / 1000], { op: "<=", value: 3 }),
          measure("JS heap with the file loaded, page + its workers (after GC)", "MB", [heap / MB], { op: "<=", value: 200 }),
          measure("JS heap in its Web Workers (part of the above)", "MB", [workerHeap / MB]),
          measure("full submission (click to landing on the group, every run created)", "s", [landedMs / 1000]),
        ],
        notes: ["The emulator runs at its default rate limit of 2,000 add-runs POSTs per minute."],
      };
    } finally {
      await browser.close();
    }
  },
});
