import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isBuiltRoute } from "@/lib/http/define-route";

// Every handler under app/api goes through defineRoute, so write checks, error answers and handed-in
// deps hold for all of them; a route added without it fails here. (Sign-in and roles will build on this.)

const API_DIR = path.dirname(new URL(import.meta.url).pathname);
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      return Promise.resolve(/^route\.tsx?$/.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat();
}

describe("routes under app/api", () => {
  it("all export handlers made by defineRoute", async () => {
    const files = await routeFiles(API_DIR);
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
