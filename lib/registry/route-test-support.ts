import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { EmulatorOptions } from "../emulator";
import { abortAllIngestions } from "../run-cache/ingestion-jobs";
import { startTestUpstream, type TestUpstream } from "../run-cache/test-support";
import { getConsoleDatabase } from "./console-database.server";

// Test-only: route handlers read their database and upstream from the environment on first use
// (route-deps.server.ts), so a test file starts an emulator, points PARALLEL_BASE_URL at it and
// CONSOLE_DB at a temp file before its first request, and calls the exported handlers directly.
// Vitest runs each test file in its own module graph, so the cached env and database are per file.

export function setUpRouteTests(options: Partial<EmulatorOptions> = {}): () => TestUpstream {
  let upstream: TestUpstream | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    upstream = await startTestUpstream(options);
    dir = await mkdtemp(path.join(tmpdir(), "console-routes-"));
    process.env.PARALLEL_BASE_URL = upstream.emulator.url;
    process.env.PARALLEL_API_PREFIX = "v1beta";
    process.env.CONSOLE_DB = path.join(dir, "console.db");
    delete process.env.PARALLEL_API_KEY;
  });
  afterAll(async () => {
    await abortAllIngestions();
    await (await getConsoleDatabase()).destroy();
    await upstream?.emulator.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return () => {
    if (!upstream) throw new Error("read the upstream inside a test");
    return upstream;
  };
}

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> | Response;

export interface CallResult<T = unknown> {
  status: number;
  body: T;
}

/** Calls a route handler as Next.js would; `params` are the dynamic segments. */
export async function callRoute<T = unknown>(
  handler: Handler,
  method: string,
  url: string,
  { body, params, headers = {} }: { body?: unknown; params?: { id: string }; headers?: Record<string, string> } = {},
): Promise<CallResult<T>> {
  const request = new Request(new URL(url, "http://console.test"), {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  // Routes without dynamic segments ignore the context.
  const response = await handler(request, { params: Promise.resolve(params ?? { id: "" }) });
  const text = await response.text();
  return { status: response.status, body: (text === "" ? null : JSON.parse(text)) as T };
}
