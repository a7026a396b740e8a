import { readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";

// What `next build` compiles: if any of these is newer than .next/BUILD_ID the build is stale.
const SOURCE_DIRS = ["app", "components", "lib"];
const CONFIG_FILES = [
  "proxy.ts",
  "next.config.mjs",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package.json",
  "package-lock.json",
];
const TEST_FILE = /\.test\.tsx?$/;
// Test-only folders: never part of what the build ships.
const TEST_DIRS = new Set(["tests", "testing", "test-support"]);

export interface BuildCheck {
  needed: boolean;
  reason: string;
}

export function needsBuild(root: string): BuildCheck {
  const builtAtMs = mtimeMs(join(root, ".next", "BUILD_ID"));
  if (builtAtMs === undefined) return { needed: true, reason: "no production build yet (.next/BUILD_ID missing)" };
  const candidates = [
    ...SOURCE_DIRS.flatMap((dir) => listSourceFiles(root, dir)),
    ...CONFIG_FILES.filter((file) => mtimeMs(join(root, file)) !== undefined),
  ];
  const newer = candidates.find((file) => (mtimeMs(join(root, file)) ?? 0) > builtAtMs);
  if (newer) return { needed: true, reason: `${newer} changed since the last build` };
  return { needed: false, reason: "the production build is up to date" };
}

function listSourceFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return TEST_DIRS.has(entry.name) ? [] : listSourceFiles(root, path);
    return entry.isFile() && !TEST_FILE.test(entry.name) ? [path] : [];
  });
}

function mtimeMs(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Dates the build at its start: a source saved while `next build` ran may not be in it, and must
 * make the next check build again.
 */
export function dateBuildAt(root: string, startedAtMs: number): void {
  const when = new Date(startedAtMs);
  utimesSync(join(root, ".next", "BUILD_ID"), when, when);
}
