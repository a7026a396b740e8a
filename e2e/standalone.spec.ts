import { expect, test } from "@playwright/test";
import { startEmulator, type RunningEmulator } from "../lib/emulator/start-emulator";
import { startConsoleProcess, type ConsoleProcess } from "./fixtures/console-process";
import { SERVERS } from "./servers";

// The standalone build (`output: "standalone"`) run the way the Dockerfile runs it:
// `node server.js` in .next/standalone, completed by scripts/prepare-standalone.ts.

const UPSTREAM_KEY = "standalone-emulator-key";
let emulator: RunningEmulator | undefined;
let server: ConsoleProcess | undefined;

test.afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  await emulator?.close();
});

test("the standalone server answers health and readiness and serves a page with its assets", async () => {
  test.setTimeout(120_000);
  emulator = await startEmulator({ port: SERVERS.standalone.emulatorPort, dbPath: ":memory:", apiKey: UPSTREAM_KEY });
  server = await startConsoleProcess({
    kind: "standalone",
    port: SERVERS.standalone.consolePort,
    upstreamUrl: emulator.url,
    upstreamKey: UPSTREAM_KEY,
  });

  expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  // The native SQLite addon and the migrations made it into the standalone folder.
  const ready = await fetch(`${server.url}/api/ready`);
  expect(ready.status, await ready.clone().text()).toBe(200);
  expect(ready.headers.get("x-request-id")).toBeTruthy();

  const page = await fetch(`${server.url}/sign-in`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("Sign in");
  const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0];
  expect(asset, "the page links its static assets").toBeTruthy();
  expect((await fetch(`${server.url}${asset}`)).status, `${asset} is served (copied by prepare-standalone)`).toBe(200);
});
