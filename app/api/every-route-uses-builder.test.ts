import path from "node:path";
import { describe, expect, it } from "vitest";
import { isBuiltRoute } from "@/lib/http/define-route";
import { API_DIR, HTTP_METHODS, routeFiles } from "./route-files";

// Every handler under app/api goes through defineRoute, so write checks, error answers and handed-in
// deps hold for all of them; a route added without it fails here. (route-matrix.test.ts holds each to its role.)

describe("routes under app/api", () => {
  it("all export handlers made by defineRoute", async () => {
    const files = await routeFiles();
    expect(files.length).toBeGreaterThan(10);
    const notBuilt: string[] = [];
    for (const file of files) {
      const route = (await import(file)) as Record<string, unknown>;
      const methods = HTTP_METHODS.filter((method) => method in route);
      const name = path.relative(API_DIR, file);
      if (methods.length === 0) notBuilt.push(`${name} exports no HTTP method`);
      for (const method of methods) if (!isBuiltRoute(route[method])) notBuilt.push(`${name} ${method}`);
    }
    expect(notBuilt).toEqual([]);
  });
});
