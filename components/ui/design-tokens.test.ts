import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RUN_STATUSES } from "../../lib/parallel/types";
import { STATUS_BG_CLASS, STATUS_COLOR } from "./status-styles";

// The console's look comes from the design tokens in app/globals.css. A raw palette class or a
// `dark:` twin bypasses the dark-mode switch; a misspelt token name renders no colour at all.
const ROOT = resolve(__dirname, "..", "..");
const CSS = readFileSync(join(ROOT, "app", "globals.css"), "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const SOURCES = [...sourceFiles(join(ROOT, "components")), ...sourceFiles(join(ROOT, "app"))].map((path) => ({
  file: relative(ROOT, path),
  text: readFileSync(path, "utf8"),
}));

function themeBlock(): string {
  const start = CSS.indexOf("@theme {");
  return CSS.slice(start, CSS.indexOf("\n}", start));
}

function darkBlock(): string {
  const start = CSS.indexOf("@media (prefers-color-scheme: dark)");
  return start < 0 ? "" : CSS.slice(start);
}

const variables = (block: string) => new Set([...block.matchAll(/--color-([a-z_-]+):/g)].map((m) => m[1]));
const TOKENS = variables(themeBlock());
// Hues that read on both backgrounds on purpose: the status colours and the focus ring.
const SCHEME_INDEPENDENT = /^(status-|focus$)/;

const PALETTE =
  "(?:slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)";
const UTILITY = "(?:bg|text|border(?:-[trblxy])?|ring|outline|decoration|accent|divide|fill|stroke|from|to|via|placeholder)";

describe("design tokens", () => {
  it("components and pages use tokens, never a raw palette colour", () => {
    const raw = new RegExp(`(?<![\\w-])(?:[\\w&\\[\\]:-]*:)?${UTILITY}-(?:${PALETTE}-\\d{2,3}|white|black)(?:/\\d+)?(?![\\w-])`, "g");
    const found = SOURCES.flatMap(({ file, text }) => [...text.matchAll(raw)].map((m) => `${file}: ${m[0]}`))
      // The modal backdrop dims whatever is behind it, whatever the scheme.
      .filter((hit) => !hit.endsWith("backdrop:bg-black/40"));
    expect(found).toEqual([]);
  });

  it("dark mode comes from the tokens, not from dark: variants", () => {
    const found = SOURCES.flatMap(({ file, text }) => [...text.matchAll(/(?<![\w-])dark:[\w[\]&:/-]+/g)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it("every token class names a token defined in app/globals.css", () => {
    const roots = [...new Set([...TOKENS].map((t) => t.split("-")[0]))].join("|");
    const usage = new RegExp(`(?<![\\w-])(?:[\\w&\\[\\]:-]*:)?${UTILITY}-((?:${roots})(?:-[a-z_]+)*)(?:/\\d+)?(?![\\w-])`, "g");
    const unknown = SOURCES.flatMap(({ file, text }) =>
      [...text.matchAll(usage)].filter((m) => !TOKENS.has(m[1])).map((m) => `${file}: ${m[0]}`),
    );
    expect(unknown).toEqual([]);
  });

  it("every token that depends on the scheme has a dark value", () => {
    const dark = variables(darkBlock());
    const missing = [...TOKENS].filter((t) => !SCHEME_INDEPENDENT.test(t) && !dark.has(t));
    expect(missing).toEqual([]);
  });

  it("each run status has one colour, defined once, that badges and charts both use", () => {
    for (const status of RUN_STATUSES) {
      expect(TOKENS.has(`status-${status}`), `--color-status-${status} in @theme`).toBe(true);
      expect(STATUS_BG_CLASS[status]).toBe(`bg-status-${status}`);
      expect(STATUS_COLOR[status]).toBe(`var(--color-status-${status})`);
    }
    const definitions = SOURCES.filter(({ text }) => /#[0-9a-f]{6}/i.test(text) && /completed|failed/.test(text) && /status/i.test(text));
    expect(definitions.map((s) => s.file)).toEqual([]);
  });
});
