import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { CLIENT_CLOSED_REQUEST_STATUS } from "./client-gone";
import { defineRoute, isBuiltRoute } from "./define-route";
import type { RouteDeps } from "./route-deps";

// Stand-in deps: the builder hands them over untouched, so any object tells whether they arrived.
const deps = { db: "the test database", target: { baseUrl: "http://upstream.test", prefix: "v1beta" } } as unknown as RouteDeps;

const echo = defineRoute(
  {
    access: "public",
    params: z.object({ id: z.string().regex(/^g_\d+$/, "must be g_ and digits") }),
    query: z.object({ limit: z.coerce.number().int().max(10).default(5) }),
    headers: z.object({ "x-tag": z.string().optional() }),
    body: { schema: z.strictObject({ name: z.string() }), maxBytes: 64 },
  },
  ({ params, query, headers, body, deps: handed }) => Response.json({ params, query, tag: headers["x-tag"] ?? null, body, db: handed.db }),
);

const call = (
  url: string,
  init: RequestInit & { params?: Record<string, string> } = {},
  source: RouteDeps | (() => Promise<RouteDeps>) = deps,
) =>
  echo.withDeps(source)(
    new Request(new URL(url, "http://console.test"), { method: "POST", headers: { "content-type": "application/json" }, ...init }),
    {
      params: Promise.resolve(init.params ?? { id: "g_1" }),
    },
  );

describe("defineRoute", () => {
  it("hands the handler its parsed params, query, headers and body and the deps it was given", async () => {
    const response = await call("/things/g_1?limit=3", {
      body: JSON.stringify({ name: "x" }),
      headers: { "content-type": "application/json", "x-tag": "t" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      params: { id: "g_1" },
      query: { limit: 3 },
      tag: "t",
      body: { name: "x" },
      db: "the test database",
    });
    expect(isBuiltRoute(echo)).toBe(true);
  });

  it("answers 422 naming the bad path or query parameter or body field, without running the handler", async () => {
    const badPath = await call("/things/nope", { params: { id: "nope" }, body: "{}" });
    expect(badPath.status).toBe(422);
    expect((await badPath.json()).error.message).toBe("Invalid path parameter 'id' must be g_ and digits");
    const badQuery = await call("/things/g_1?limit=11", { body: JSON.stringify({ name: "x" }) });
    expect(badQuery.status).toBe(422);
    expect((await badQuery.json()).error.message).toContain("Invalid query parameter 'limit'");
    const badBody = await call("/things/g_1", { body: JSON.stringify({ name: 1 }) });
    expect((await badBody.json()).error.detail.errors[0].loc).toEqual(["body", "name"]);
  });

  it("refuses a body over the route's cap with a 413", async () => {
    const response = await call("/things/g_1", { body: JSON.stringify({ name: "x".repeat(100) }) });
    expect(response.status).toBe(413);
  });

  it("refuses a foreign-origin write before building any deps", async () => {
    const build = vi.fn(async () => deps);
    const response = await call(
      "/things/g_1",
      { body: "{}", headers: { "content-type": "application/json", origin: "https://evil.example", host: "console.test" } },
      build,
    );
    expect(response.status).toBe(403);
    expect(build).not.toHaveBeenCalled();
  });

  it("turns a failure building the deps into the error's answer, and a gone client into 499", async () => {
    const unavailable = await call("/things/g_1", { body: JSON.stringify({ name: "x" }) }, async () => {
      throw new AppError("database_unavailable", "The console database cannot be opened");
    });
    expect(unavailable.status).toBe(503);
    expect((await unavailable.json()).error.message).toBe("The console database cannot be opened");

    const controller = new AbortController();
    controller.abort();
    const gone = await call("/things/g_1", { body: JSON.stringify({ name: "x" }), signal: controller.signal }, async () => {
      throw new Error("the stream broke");
    });
    expect(gone.status).toBe(CLIENT_CLOSED_REQUEST_STATUS);
  });
});
