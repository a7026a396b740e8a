import { readdir } from "node:fs/promises";
import path from "node:path";

// Test support: the route and page files under app/, for the tests that hold every one to a rule.

export const APP_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const API_DIR = path.join(APP_DIR, "api");
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Every file under `dir` whose name matches `name`. */
export async function filesNamed(dir: string, name: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesNamed(full, name);
      return Promise.resolve(name.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat().sort();
}

export const routeFiles = (dir = API_DIR) => filesNamed(dir, /^route\.tsx?$/);
export const pageFiles = () => filesNamed(APP_DIR, /^page\.tsx?$/);

/** `/api/groups/[id]/runs` from its route file. */
export function urlPathOf(file: string): string {
  const relative = path.relative(APP_DIR, path.dirname(file)).split(path.sep).join("/");
  return relative === "" ? "/" : `/${relative}`;
}
