// `npx tsx scripts/screenshots.ts [console URL]`: the README's screenshots (docs/screenshots/), in
// light and dark, from a console that is already running against the emulator (`npm start`).
// It starts nothing itself; it makes its own groups through the console's API, then visits the pages.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/chromium-executable";
import { consoleApi } from "./console-api";
import { DEMO_OUTPUT_SCHEMA } from "../components/groups/demo-group";

const DEFAULT_CONSOLE_URL = "http://127.0.0.1:3000";
const OUT_DIR = resolve(__dirname, "..", "docs", "screenshots");
const WAIT_TIMEOUT_MS = 120_000;
const POLL_INTERVAL_MS = 500;
const NARROW = { width: 1280, height: 900 };
const WIDE = { width: 1440, height: 900 };
const SCHEMES = ["light", "dark"] as const;
type Scheme = (typeof SCHEMES)[number];

const OUTPUT_SCHEMA = DEMO_OUTPUT_SCHEMA;

const COMPANIES = [
  "Acme Robotics",
  "Globex Energy",
  "Initech Software",
  "Umbrella Health",
  "Hooli Cloud",
  "Stark Industries",
  "Wayne Logistics",
  "Cyberdyne Systems",
  "Soylent Foods",
  "Tyrell Genetics",
];
// 242 rows, one of them (row 8) short of a column, so the page shows its row check too.
const CSV = [
  "company,website,country,employees,founded",
  ...Array.from({ length: 242 }, (_, i) => {
    const name = `${COMPANIES[i % COMPANIES.length]}${i < COMPANIES.length ? "" : ` ${Math.floor(i / COMPANIES.length) + 1}`}`;
    if (i === 7) return `${name},${["US", "UK", "DE", "FR"][i % 4]},${20 + i * 37}`;
    return `${name},https://${name.toLowerCase().replace(/[^a-z0-9]/g, "")}.example,${["US", "UK", "DE", "FR"][i % 4]},${20 + i * 37},${1950 + (i % 70)}`;
  }),
].join("\n");

interface GroupState {
  is_active: boolean;
  status_counts: Record<string, number>;
}

async function createGroup(base: string, name: string, runs: number, processor: string, prefix: string): Promise<string> {
  const { taskgroup_id: id } = await consoleApi<{ taskgroup_id: string }>(base, "/api/groups", {
    method: "POST",
    body: JSON.stringify({ metadata: { name } }),
  });
  const inputs = Array.from({ length: runs }, (_, i) => ({
    processor,
    input: { company: `${prefix} #${i}`, country: ["US", "GB", "DE"][i % 3] },
  }));
  await consoleApi(base, `/api/parallel/tasks/groups/${id}/runs`, {
    method: "POST",
    body: JSON.stringify({ inputs, default_task_spec: { output_schema: OUTPUT_SCHEMA } }),
  });
  return id;
}

async function waitFor(description: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${description} after ${WAIT_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
}

const groupState = (base: string, id: string) => consoleApi<GroupState>(base, `/api/groups/${id}`);

async function open(browser: Browser, base: string, scheme: Scheme, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, colorScheme: scheme, viewport, reducedMotion: "reduce" });
  return context.newPage();
}

async function shoot(page: Page, name: string, scheme: Scheme, fullPage: boolean): Promise<void> {
  const path = resolve(OUT_DIR, `${name}-${scheme}.png`);
  if (fullPage) {
    // A window as tall as the page, so sticky parts (the submit bar) sit where they end up, not mid-page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: page.viewportSize()?.width ?? NARROW.width, height });
  }
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
  await page.context().close();
}

async function main(): Promise<void> {
  const base = (process.argv[2] ?? DEFAULT_CONSOLE_URL).replace(/\/$/, "");
  await consoleApi(base, "/api/upstream").catch((error: unknown) => {
    throw new Error(
      `No console answers at ${base} (start one with \`npm start\`): ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  mkdirSync(OUT_DIR, { recursive: true });

  const finished = await createGroup(base, "Northwind accounts", 70, "lite", "Northwind Traders");
  await waitFor("the finished group", async () => !(await groupState(base, finished)).is_active);

  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    for (const scheme of SCHEMES) {
      // A live group: shot while some runs are done and others still running.
      const live = await createGroup(base, "Company research: Q3 accounts", 120, "pro", "Contoso");
      await waitFor("a live group with finished runs", async () => ((await groupState(base, live)).status_counts.completed ?? 0) > 0);
      let page = await open(browser, base, scheme, NARROW);
      await page.goto(`/groups/${live}`);
      await page.getByTestId("run-row").first().waitFor();
      await page.getByTestId("status-history-chart").waitFor();
      await shoot(page, "group", scheme, true);

      page = await open(browser, base, scheme, NARROW);
      await page.goto("/");
      await page.getByTestId("group-row").first().waitFor();
      await shoot(page, "groups", scheme, true);

      page = await open(browser, base, scheme, WIDE);
      await page.goto(`/groups/${finished}?output=true`);
      await page.getByTestId("run-row").first().waitFor();
      await page.getByRole("heading", { name: "Runs", exact: true }).evaluate((h) => h.scrollIntoView({ block: "start" }));
      await shoot(page, "runs", scheme, false);

      page = await open(browser, base, scheme, WIDE);
      await page.goto(`/groups/${finished}`);
      await page.getByTestId("run-row").first().locator("a").first().click();
      await page.getByTestId("output-fields").waitFor();
      await shoot(page, "run", scheme, true);

      page = await open(browser, base, scheme, NARROW);
      await page.goto("/groups/new");
      await page.getByTestId("file-input").setInputFiles({ name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
      await page.getByTestId("group-name").fill("Series A fintechs — funding and headcount");
      await page.getByTestId("rows-preview").waitFor();
      await page.getByTestId("row-issues").waitFor();
      await page.getByTestId("output-json").check();
      const field = page.getByTestId("schema-field").first();
      await field.getByPlaceholder("name").fill("answer");
      await field.getByRole("textbox").nth(1).fill("The company's latest funding round, with date and amount");
      await shoot(page, "create", scheme, true);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
