// `npm run build:test` (and `npm test` when needed): the production build the e2e suite serves, made
// with the key canary in the environment so that a key that leaked into the bundle would be found.
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CANARY_MARKER, KEY_CANARY } from "./key-canary";
import { needsBuild } from "./needs-build";
import { runNextBuild } from "./next-build";

const ROOT = resolve(__dirname, "..");

export async function buildForTests(): Promise<void> {
  const check = needsBuild(ROOT);
  if (!check.needed && existsSync(join(ROOT, CANARY_MARKER))) {
    console.log("The test build is up to date (built with the key canary).");
    return;
  }
  console.log(`Running next build with the key canary: ${check.needed ? check.reason : "the last build was not a test build"}`);
  await runNextBuild(ROOT, { ...process.env, PARALLEL_API_KEY: KEY_CANARY, EMULATOR_API_KEY: KEY_CANARY });
  writeFileSync(join(ROOT, CANARY_MARKER), `${new Date().toISOString()}\n`);
}

if (require.main === module) {
  buildForTests().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
