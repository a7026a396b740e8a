// `npx tsx scripts/compare-screenshots.ts [console URL]`: the README's screenshots of comparing and
// reviewing (docs/screenshots/compare-*.png, review-*.png), light and dark, from a console already
// running against the emulator (`npm start`). It makes a group, a sample of it on another processor
// with an edited spec (so answers differ), and records two review decisions.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/chromium-executable";
import { consoleApi } from "./console-api";

const DEFAULT_CONSOLE_URL = "http://127.0.0.1:3000";
const OUT_DIR = resolve(__dirname, "..", "docs", "screenshots");
const WAIT_TIMEOUT_MS = 120_000;
const POLL_INTERVAL_MS = 500;
const VIEWPORT = { width: 1440, height: 900 };
const SCHEMES = ["light", "dark"] as const;

const SPEC = (fields: string[]) => ({
  output_schema: {
    type: "json",
    json_schema: {
      type: "object",
      properties: Object.fromEntries(
        fields.map((field) => [field, { type: "string", description: `The company's ${field.replace(/_/g, " ")}` }]),
      ),
      required: fields,
    },
  },
});

async function waitUntilIdle(base: string, id: string): Promise<void> {
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  while ((await consoleApi<{ is_active: boolean }>(base, `/api/groups/${id}`)).is_active) {
    if (Date.now() > deadline) throw new Error(`group ${id} still active after ${WAIT_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
}

async function shoot(browser: Browser, base: string, path: string, name: string, ready: (page: Page) => Promise<void>): Promise<void> {
  for (const scheme of SCHEMES) {
    const context = await browser.newContext({ baseURL: base, colorScheme: scheme, viewport: VIEWPORT, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(path);
    await ready(page);
    const file = resolve(OUT_DIR, `${name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await context.close();
  }
}

async function main(): Promise<void> {
  const base = (process.argv[2] ?? DEFAULT_CONSOLE_URL).replace(/\/$/, "");
  mkdirSync(OUT_DIR, { recursive: true });
  const { taskgroup_id: source } = await consoleApi<{ taskgroup_id: string }>(base, "/api/groups", {
    method: "POST",
    body: JSON.stringify({ metadata: { name: "Fintech accounts" } }),
  });
  const inputs = Array.from({ length: 60 }, (_, i) => ({
    processor: "lite",
    input: { company: `Northwind ${i}`, country: ["US", "GB", "DE"][i % 3] },
  }));
  await consoleApi(base, `/api/parallel/tasks/groups/${source}/runs`, {
    method: "POST",
    body: JSON.stringify({ inputs, default_task_spec: SPEC(["ceo", "headquarters"]) }),
  });
  await waitUntilIdle(base, source);
  const sample = await consoleApi<{ group: { taskgroup_id: string } }>(base, `/api/groups/${source}/samples`, {
    method: "POST",
    body: JSON.stringify({ method: "random", size: 30, seed: 42, processor: "core", task_spec: SPEC(["headline", "ceo", "headquarters"]) }),
  });
  const sampleId = sample.group.taskgroup_id;
  await waitUntilIdle(base, sampleId);

  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    await shoot(browser, base, `/compare?groups=${source},${sampleId}&show=disagreements&field=ceo`, "compare", async (page) => {
      await page.getByTestId("compare-row").first().waitFor();
      await page.getByText("still being read").waitFor({ state: "detached", timeout: WAIT_TIMEOUT_MS });
    });
    const queue = await consoleApi<{ items: Array<{ runId: string; field: string }> }>(base, `/api/groups/${source}/review`);
    const [first, second] = queue.items;
    if (first)
      await consoleApi(base, `/api/groups/${source}/review/decisions`, {
        method: "POST",
        body: JSON.stringify({ runId: first.runId, field: first.field, decision: "accepted" }),
      });
    if (second) {
      await consoleApi(base, `/api/groups/${source}/review/decisions`, {
        method: "POST",
        body: JSON.stringify({ runId: second.runId, field: second.field, decision: "edited", value: "Checked by hand" }),
      });
    }
    await shoot(browser, base, `/groups/${source}/review?item=2`, "review", async (page) => {
      await page.getByTestId("review-item").waitFor();
    });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
