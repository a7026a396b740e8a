import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dateBuildAt, needsBuild } from "./needs-build";

let root: string;

function write(path: string, secondsAgo: number) {
  const full = join(root, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, "x");
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, when, when);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "needs-build-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("needsBuild", () => {
  it("builds when there is no BUILD_ID", () => {
    write("app/page.tsx", 100);
    expect(needsBuild(root)).toMatchObject({ needed: true, reason: expect.stringMatching(/BUILD_ID/) });
  });

  it("does not build when every source is older than the build", () => {
    write("app/page.tsx", 100);
    write("lib/a/b.ts", 100);
    write("next.config.mjs", 100);
    write(".next/BUILD_ID", 10);
    expect(needsBuild(root).needed).toBe(false);
  });

  it("builds when a nested source file is newer", () => {
    write("lib/a/b.ts", 100);
    write(".next/BUILD_ID", 10);
    write("components/x/y.tsx", 1);
    expect(needsBuild(root)).toEqual({ needed: true, reason: "components/x/y.tsx changed since the last build" });
  });

  it("builds when a config file is newer", () => {
    write(".next/BUILD_ID", 10);
    write("tailwind.config.ts", 1);
    expect(needsBuild(root).needed).toBe(true);
  });

  it("builds when proxy.ts is newer", () => {
    write(".next/BUILD_ID", 10);
    write("proxy.ts", 1);
    expect(needsBuild(root)).toEqual({ needed: true, reason: "proxy.ts changed since the last build" });
  });

  it("ignores newer test files", () => {
    write(".next/BUILD_ID", 10);
    write("lib/a/b.test.ts", 1);
    write("components/c.test.tsx", 1);
    expect(needsBuild(root).needed).toBe(false);
  });

  it("builds again when a source was saved while the last build ran", () => {
    write("lib/a/b.ts", 100);
    const buildStartedAtMs = Date.now() - 30_000;
    write("lib/a/edited-during-build.ts", 20);
    write(".next/BUILD_ID", 10);
    expect(needsBuild(root).needed).toBe(false);
    dateBuildAt(root, buildStartedAtMs);
    expect(needsBuild(root)).toEqual({ needed: true, reason: "lib/a/edited-during-build.ts changed since the last build" });
  });
});
