import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

const DATA_DIR = resolve(__dirname, "..", ".data");
const RUN_DIR_PREFIX = "e2e-";

/**
 * A fresh folder for this run's databases. The config is loaded again in every worker, so the
 * first load publishes the folder in the environment the workers inherit. Older runs are removed;
 * the latest stays for debugging.
 */
export function e2eRunDir(): string {
  const existing = process.env.E2E_RUN_DIR;
  if (existing) return existing;
  mkdirSync(DATA_DIR, { recursive: true });
  for (const entry of readdirSync(DATA_DIR)) {
    if (entry.startsWith(RUN_DIR_PREFIX)) rmSync(join(DATA_DIR, entry), { recursive: true, force: true });
  }
  const dir = join(DATA_DIR, `${RUN_DIR_PREFIX}${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  process.env.E2E_RUN_DIR = dir;
  return dir;
}
