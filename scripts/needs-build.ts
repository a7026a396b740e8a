import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// What `next build` compiles: if any of these is newer than .next/BUILD_ID, or one was deleted or
// added since (the list the build was made from is kept in SOURCES_FILE), the build is stale.
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

const SOURCES_FILE = join(".next", "console-build-sources.json");

export interface BuildCheck {
  needed: boolean;
  reason: string;
}

export function needsBuild(root: string): BuildCheck {
  const builtAtMs = mtimeMs(join(root, ".next", "BUILD_ID"));
  if (builtAtMs === undefined) return { needed: true, reason: "no production build yet (.next/BUILD_ID missing)" };
  const sources = listBuildSources(root);
  const newer = sources.find((file) => (mtimeMs(join(root, file)) ?? 0) > builtAtMs);
  if (newer) return { needed: true, reason: `${newer} changed since the last build` };
  // A deleted file leaves no time to compare, and a file moved in keeps its old one.
  const builtFrom = readBuildSources(root);
  if (builtFrom) {
    const now = new Set(sources);
    const deleted = builtFrom.find((file) => !now.has(file));
    if (deleted) return { needed: true, reason: `${deleted} was deleted since the last build` };
    const before = new Set(builtFrom);
    const added = sources.find((file) => !before.has(file));
    if (added) return { needed: true, reason: `${added} was added since the last build` };
  }
  return { needed: false, reason: "the production build is up to date" };
}

/** The files a build is made from, relative to `root`, in a stable order. */
export function listBuildSources(root: string): string[] {
  return [
    ...SOURCE_DIRS.flatMap((dir) => listSourceFiles(root, dir)),
    ...CONFIG_FILES.filter((file) => mtimeMs(join(root, file)) !== undefined),
  ].sort();
}

/** Undefined for a build made without the list (by `next build` alone): then only the times are compared. */
function readBuildSources(root: string): string[] | undefined {
  try {
    const list: unknown = JSON.parse(readFileSync(join(root, SOURCES_FILE), "utf8"));
    return Array.isArray(list) && list.every((file) => typeof file === "string") ? list : undefined;
  } catch {
    return undefined;
  }
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
 * Records what a finished build was made from: dated at its start, since a source saved while
 * `next build` ran may not be in it and must make the next check build again, and with the list of
 * sources seen at its start, against which the next check finds files deleted or added since.
 */
export function recordBuild(root: string, startedAtMs: number, sources: readonly string[]): void {
  writeFileSync(join(root, SOURCES_FILE), `${JSON.stringify(sources)}\n`);
  const when = new Date(startedAtMs);
  utimesSync(join(root, ".next", "BUILD_ID"), when, when);
}
