import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../e2e/chromium-executable";

// Debian's Chromium, launched the way the e2e suite launches it, with precise memory figures.

export const CHROMIUM_PATH = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"],
  });
}

/** Used JS heap of the page's main isolate after a full garbage collection, in bytes. */
export async function usedHeapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Whether the console serves `path` as a page (a 404 means the page is not built yet). */
export async function pageExists(consoleUrl: string, path: string): Promise<{ ok: boolean; status: number }> {
  const response = await fetch(`${consoleUrl}${path}`);
  await response.body?.cancel();
  return { ok: response.ok, status: response.status };
}
