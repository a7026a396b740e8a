import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { EmulatorOptions } from "../emulator";
import type { BuiltRoute } from "../http/define-route";
import type { RouteDeps } from "../http/route-deps";
import { abortAllIngestions } from "../run-cache/ingestion-jobs";
import { startTestUpstream, type TestUpstream } from "../run-cache/test-support";
import { testAuthDeps } from "../testing/test-auth";
import { createTestDatabaseLocation, testDatabaseUrl } from "../testing/test-console-database";
import { testRouteDeps } from "../testing/test-route-deps";
import { openConsoleDatabase } from "./open-console-database";

// Test-only: a test file starts an emulator and opens a database in a temp file (or, when the
// database suites run on PostgreSQL, a database of its own there), builds the deps the route
// handlers work on from them, and hands those deps to each handler it calls (no environment).

interface RouteTestBed {
  upstream: TestUpstream;
  deps: RouteDeps;
  databaseFile: string;
  /** The SQLite file, or the PostgreSQL database's URL: where a second connection (a restarted console) opens it. */
  databaseLocation: string;
}

// One bed per test file: vitest gives each file its own module graph.
let bed: RouteTestBed | undefined;

export function setUpRouteTests(options: Partial<EmulatorOptions> = {}): () => TestUpstream {
  let dir: string | undefined;
  beforeAll(async () => {
    const upstream = await startTestUpstream(options);
    dir = await mkdtemp(path.join(tmpdir(), "console-routes-"));
    const databaseFile = path.join(dir, "console.db");
    const postgres = testDatabaseUrl() ? await createTestDatabaseLocation() : undefined;
    const databaseLocation = postgres?.location ?? databaseFile;
    const db = await openConsoleDatabase(databaseLocation, postgres?.drop);
    bed = { upstream, databaseFile, databaseLocation, deps: testRouteDeps(db, upstream.target, await testAuthDeps(db)) };
  });
  afterAll(async () => {
    await abortAllIngestions();
    bed?.deps.gateway.hub.closeAll();
    await bed?.deps.db.destroy();
    await bed?.upstream.emulator.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    bed = undefined;
  });
  return () => testBed().upstream;
}

function testBed(): RouteTestBed {
  if (!bed) throw new Error("call setUpRouteTests() in the test file and read the test bed inside a test");
  return bed;
}

/** The deps this file's route calls get: its emulator, its database. */
export function routeTestDeps(): RouteDeps {
  return testBed().deps;
}

/** Where this file's database lives (a test may delete it); SQLite only. */
export function routeTestDatabaseFile(): string {
  if (testDatabaseUrl()) throw new Error("this test bed's database is on PostgreSQL: a test of the SQLite file is not a database suite");
  return testBed().databaseFile;
}

/** Where this file's database can be opened again, on either dialect (a console restarted on the same database). */
export function routeTestDatabaseLocation(): string {
  return testBed().databaseLocation;
}

export interface CallResult<T = unknown> {
  status: number;
  body: T;
}

/** Calls a route handler as Next.js would, with this file's deps; `params` are the dynamic segments. */
export async function callRoute<T = unknown>(
  handler: BuiltRoute,
  method: string,
  url: string,
  { body, params, headers = {} }: { body?: unknown; params?: Record<string, string | string[]>; headers?: Record<string, string> } = {},
): Promise<CallResult<T>> {
  const request = new Request(new URL(url, "http://console.test"), {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const response = await handler.withDeps(routeTestDeps())(request, { params: Promise.resolve(params ?? {}) });
  const text = await response.text();
  return { status: response.status, body: (text === "" ? null : JSON.parse(text)) as T };
}
