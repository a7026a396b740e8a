import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withMethodGuard } from "./next-process";

const ROOT = resolve(__dirname, "..");
// Stands in for `next start`: a server created with a listener, as Next's start-server creates it.
const SERVER = `require("node:http").createServer((req, res) => res.end(req.url === "/peer" ? String(req.headers["x-console-peer-ip"]) : "served " + req.method)).listen(0, "127.0.0.1", function () { console.log(this.address().port); });`;

let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill();
  child = undefined;
});

async function startGuardedServer(): Promise<number> {
  child = spawn(process.execPath, ["-e", SERVER], {
    env: withMethodGuard(ROOT, { ...process.env, NODE_OPTIONS: "" }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stdout = child.stdout!;
  return new Promise((resolvePort, reject) => {
    stdout.once("data", (data: Buffer) => resolvePort(Number(String(data).trim())));
    child!.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; allow: string | undefined; text: string }> {
  return new Promise((resolveReply, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolveReply({ status: res.statusCode ?? 0, allow: res.headers.allow, text }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the method guard preloaded into next start", () => {
  it("answers 405 with Allow to methods Next.js cannot serve, and lets the others through", async () => {
    const port = await startGuardedServer();
    const trace = await send(port, "TRACE", "/api/parallel/v1beta/tasks/groups/tgrp_1");
    expect(trace).toMatchObject({ status: 405, allow: "GET, POST" });
    expect(JSON.parse(trace.text)).toMatchObject({
      type: "error",
      error: { code: "method_not_allowed", message: "Method TRACE is not allowed; allowed: GET, POST" },
    });
    expect(await send(port, "PROPFIND", "/api/groups")).toMatchObject({
      status: 405,
      allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
    });
    expect(await send(port, "GET", "/")).toMatchObject({ status: 200, text: "served GET" });
    expect(await send(port, "DELETE", "/api/groups/x")).toMatchObject({ status: 200, text: "served DELETE" });
  });

  it("stamps each request with its peer's address, replacing one a client sent (the audit log and the throttle read it)", async () => {
    const port = await startGuardedServer();
    expect(await send(port, "GET", "/peer")).toMatchObject({ status: 200, text: "127.0.0.1" });
    expect(await send(port, "GET", "/peer", { "x-console-peer-ip": "6.6.6.6" })).toMatchObject({ text: "127.0.0.1" });
  });

  it("adds the preload to NODE_OPTIONS, keeping what was there", () => {
    expect(withMethodGuard("/app", { ...process.env, NODE_OPTIONS: "--max-old-space-size=512" }).NODE_OPTIONS).toBe(
      '--max-old-space-size=512 --import "file:///app/scripts/preload-method-guard.mjs"',
    );
  });
});
