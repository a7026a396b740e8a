import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Playwright cannot download browsers on the CI machines, so Debian's Chromium comes first,
 * then a browser Playwright installed itself. With neither, the run fails: never skip the e2e suite.
 */
export function chromiumExecutable(): string | undefined {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    `No Chromium for the end-to-end tests: ${DEBIAN_CHROMIUM} is missing and Playwright has no browser installed. ` +
      "Install one with `apt-get install chromium` (Debian) or `npx playwright install chromium`.",
  );
}

/**
 * The motion preference every e2e page asks for. Headless Chromium here paints each animation frame
 * in software: the live badge's pulse alone cost more CPU than the seven consoles. The app honours
 * the preference, and e2e/reduced-motion.spec.ts covers both.
 */
export const REDUCED_MOTION = "reduce" as const;

/** Flags for Chromium here: no sandbox as root, no GPU, and no background calls to a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
