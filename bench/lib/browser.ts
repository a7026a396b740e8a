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
export async function pageExists(
  consoleUrl: string,
  path: string,
  session: { name: string; value: string },
): Promise<{ ok: boolean; status: number }> {
  // Signed in, and not following a redirect: a redirect to sign-in is not the page.
  const response = await fetch(`${consoleUrl}${path}`, { headers: { cookie: `${session.name}=${session.value}` }, redirect: "manual" });
  await response.body?.cancel();
  return { ok: response.ok, status: response.status };
}

const WORKER_CALL_TIMEOUT_MS = 10_000;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Used JS heap of every dedicated worker whose script comes from `origin`, after a GC, in bytes:
 * a page that parses in a Web Worker keeps most of its memory there, where the page's own heap
 * figure does not see it. Talks to each worker through the browser's CDP target messages.
 */
export async function workerHeapsAfterGc(browser: Browser, origin: string): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send("Target.getTargets")) as { targetInfos: TargetInfo[] };
    let total = 0;
    for (const target of targetInfos.filter((t) => t.type === "worker" && t.url.startsWith(origin))) {
      const { sessionId } = (await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false })) as {
        sessionId: string;
      };
      let nextId = 0;
      const call = (method: string) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const id = ++nextId;
          const timer = setTimeout(() => {
            cdp.off("Target.receivedMessageFromTarget", onMessage);
            reject(new Error(`worker ${target.url} did not answer ${method} within ${WORKER_CALL_TIMEOUT_MS} ms`));
          }, WORKER_CALL_TIMEOUT_MS);
          const onMessage = (event: { sessionId?: string; message: string }) => {
            const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
            if (event.sessionId !== sessionId || message.id !== id) return;
            clearTimeout(timer);
            cdp.off("Target.receivedMessageFromTarget", onMessage);
            resolve(message.result ?? {});
          };
          cdp.on("Target.receivedMessageFromTarget", onMessage);
          void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method }) });
        });
      await call("HeapProfiler.collectGarbage");
      total += Number((await call("Runtime.getHeapUsage")).usedSize ?? 0);
      await cdp.send("Target.detachFromTarget", { sessionId });
    }
    return total;
  } finally {
    await cdp.detach();
  }
}
