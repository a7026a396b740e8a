import path from "node:path";
import { describe, expect, it } from "vitest";
import { isBuiltRoute } from "@/lib/http/define-route";
import { API_DIR, HTTP_METHODS, routeFiles } from "./route-files";

// Every handler under app/api goes through defineRoute, so write checks, error answers and handed-in
// deps hold for all of them; a route added without it fails here. (route-matrix.test.ts holds each to its role.)

const files = await routeFiles();

describe("routes under app/api", () => {
  it("are found", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(API_DIR, file), file]))(
    "%s exports only handlers made by defineRoute",
    async (_name, file) => {
      const route = (await import(file)) as Record<string, unknown>;
      const methods = HTTP_METHODS.filter((method) => method in route);
      expect(methods, "exports no HTTP method").not.toEqual([]);
      expect(methods.filter((method) => !isBuiltRoute(route[method]))).toEqual([]);
    },
  );
});
