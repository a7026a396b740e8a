import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { startEmulator, type RunningEmulator } from "../lib/emulator/start-emulator";
import { signInOwner, startConsoleProcess, type ConsoleProcess } from "./fixtures/console-process";
import { SERVERS } from "./servers";

// SIGTERM to the built console (`next start`, as `npm start` runs it) while a browser-like client
// watches a group live and a write is still on its way upstream.

const UPSTREAM_KEY = "shutdown-emulator-key";
const SHUTDOWN_TIMEOUT_MS = 20_000;
// How long the upstream holds the in-flight write: the drain must wait for it.
const SLOW_UPSTREAM_MS = 2_000;
const SLOW_MARKER = "slow-write-in-flight";

let emulator: RunningEmulator | undefined;
let slowProxy: Server | undefined;
let server: ConsoleProcess | undefined;

test.afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
  await new Promise((resolve) => (slowProxy ? slowProxy.close(resolve) : resolve(undefined)));
  await emulator?.close();
});

/** A proxy to the emulator that holds a request whose body carries SLOW_MARKER, and says when one arrived. */
async function startSlowProxy(target: string): Promise<{ url: string; slowArrived: Promise<void> }> {
  let arrived: () => void = () => undefined;
  const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
  slowProxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const slow = body.includes(SLOW_MARKER);
      if (slow) arrived();
      setTimeout(
        () => {
          const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          });
          upstream.end(body);
        },
        slow ? SLOW_UPSTREAM_MS : 0,
      );
    });
  });
  await new Promise<void>((resolve) => slowProxy!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(slowProxy.address() as AddressInfo).port}`, slowArrived };
}

test("SIGTERM: readiness fails at once, live streams end with a retry hint, the write in flight completes, exit 0", async () => {
  test.setTimeout(180_000);
  emulator = await startEmulator({ port: SERVERS.shutdown.emulatorPort, dbPath: ":memory:", apiKey: UPSTREAM_KEY, timeScale: 1 });
  const proxy = await startSlowProxy(emulator.url);
  server = await startConsoleProcess({
    kind: "next-start",
    port: SERVERS.shutdown.consolePort,
    upstreamUrl: proxy.url,
    upstreamKey: UPSTREAM_KEY,
    env: { CONSOLE_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) },
  });
  const { url } = server;
  const headers = { cookie: await signInOwner(url), origin: url, "content-type": "application/json" };
  const post = (path: string, body: unknown) => fetch(`${url}${path}`, { method: "POST", headers, body: JSON.stringify(body) });

  const created = await post("/api/groups", { metadata: { name: "shutdown" } });
  expect(created.status).toBe(201);
  const { taskgroup_id: groupId } = (await created.json()) as { taskgroup_id: string };
  const runsPath = `/api/parallel/v1/tasks/groups/${groupId}/runs`;
  // A real-time `ultra` run keeps the group active, so its live stream stays open until the shutdown.
  expect((await post(runsPath, { inputs: [{ input: "a long question", processor: "ultra" }] })).status).toBe(200);

  const live = await fetch(`${url}/api/groups/${groupId}/events`, { headers: { cookie: headers.cookie } });
  expect(live.headers.get("content-type")).toContain("text/event-stream");
  const reader = live.body!.getReader();
  let streamed = new TextDecoder().decode((await reader.read()).value);

  const inFlight = post(runsPath, { inputs: [{ input: SLOW_MARKER, processor: "lite" }] });
  await proxy.slowArrived;

  const startedMs = performance.now();
  server.child.kill("SIGTERM");

  await expect
    .poll(async () => (await fetch(`${url}/api/ready`)).status, { message: "readiness fails while draining", timeout: 10_000 })
    .toBe(503);

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    streamed += new TextDecoder().decode(value);
  }
  expect(streamed, "the live stream's last words tell EventSource when to reconnect").toMatch(/retry: \d+\n\n$/);

  const write = await inFlight;
  expect(write.status, "the write that was in flight completes").toBe(200);
  expect(write.headers.get("x-request-id")).toBeTruthy();

  const { code, signal } = await server.exited;
  const elapsedMs = Math.round(performance.now() - startedMs);
  console.log(`graceful shutdown took ${elapsedMs} ms (the upstream held the in-flight write ${SLOW_UPSTREAM_MS} ms)`);
  expect({ code, signal }).toEqual({ code: 0, signal: null });
  expect(elapsedMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
  expect(server.output()).toContain('"msg":"shut down"');
  expect(server.output()).toContain('"unfinishedRequests":0');
});
