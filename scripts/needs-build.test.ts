import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listBuildSources, needsBuild, recordBuild } from "./needs-build";

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

  it.each([
    {
      name: "does not build when every source is older than the build",
      secondsAgo: { "app/page.tsx": 100, "lib/a/b.ts": 100, "next.config.mjs": 100, ".next/BUILD_ID": 10 },
      expected: { needed: false, reason: "the production build is up to date" },
    },
    {
      name: "builds when a nested source file is newer",
      secondsAgo: { "lib/a/b.ts": 100, ".next/BUILD_ID": 10, "components/x/y.tsx": 1 },
      expected: { needed: true, reason: "components/x/y.tsx changed since the last build" },
    },
    {
      name: "builds when a config file is newer",
      secondsAgo: { ".next/BUILD_ID": 10, "tailwind.config.ts": 1 },
      expected: { needed: true, reason: "tailwind.config.ts changed since the last build" },
    },
    {
      name: "builds when proxy.ts is newer",
      secondsAgo: { ".next/BUILD_ID": 10, "proxy.ts": 1 },
      expected: { needed: true, reason: "proxy.ts changed since the last build" },
    },
    {
      name: "ignores newer test files",
      secondsAgo: { ".next/BUILD_ID": 10, "lib/a/b.test.ts": 1, "components/c.test.tsx": 1 },
      expected: { needed: false, reason: "the production build is up to date" },
    },
  ])("$name", ({ secondsAgo, expected }) => {
    for (const [path, seconds] of Object.entries(secondsAgo)) write(path, seconds);
    expect(needsBuild(root)).toEqual(expected);
  });

  it("builds again when a source was saved while the last build ran", () => {
    write("lib/a/b.ts", 100);
    const buildStartedAtMs = Date.now() - 30_000;
    const sources = listBuildSources(root);
    write("lib/a/edited-during-build.ts", 20);
    write(".next/BUILD_ID", 10);
    expect(needsBuild(root).needed).toBe(false);
    recordBuild(root, buildStartedAtMs, sources);
    expect(needsBuild(root)).toEqual({ needed: true, reason: "lib/a/edited-during-build.ts changed since the last build" });
  });

  describe("with the list of sources the build was made from", () => {
    function build() {
      write(".next/BUILD_ID", 50);
      recordBuild(root, Date.now() - 50_000, listBuildSources(root));
    }

    beforeEach(() => {
      write("app/page.tsx", 100);
      write("lib/a/b.ts", 100);
      write("lib/a/gone.ts", 100);
      write("package.json", 100);
    });

    it("is up to date when no source changed", () => {
      build();
      expect(needsBuild(root)).toEqual({ needed: false, reason: "the production build is up to date" });
    });

    it("builds when a source was deleted since", () => {
      build();
      rmSync(join(root, "lib/a/gone.ts"));
      expect(needsBuild(root)).toEqual({ needed: true, reason: "lib/a/gone.ts was deleted since the last build" });
    });

    it("builds when a source was moved in with its old time", () => {
      write("elsewhere/moved.ts", 100);
      build();
      renameSync(join(root, "elsewhere/moved.ts"), join(root, "lib/a/moved.ts"));
      expect(needsBuild(root)).toEqual({ needed: true, reason: "lib/a/moved.ts was added since the last build" });
    });

    it("does not build when only a test file was deleted", () => {
      write("lib/a/b.test.ts", 100);
      build();
      rmSync(join(root, "lib/a/b.test.ts"));
      expect(needsBuild(root).needed).toBe(false);
    });
  });

  it("compares times only for a build made without the list (next build alone)", () => {
    write("lib/a/b.ts", 100);
    write("lib/a/gone.ts", 100);
    write(".next/BUILD_ID", 50);
    rmSync(join(root, "lib/a/gone.ts"));
    expect(needsBuild(root).needed).toBe(false);
  });
});
