// After `next build`: completes .next/standalone so that `node .next/standalone/server.js` serves
// everything. Next leaves the static assets and public/ out (they belong on a CDN, its docs say), and
// the method-guard preload (scripts/preload-method-guard.mjs) is ours to bring.
import { cpSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const PRELOAD_FILES = ["preload-method-guard.mjs", "peer-address.mjs", "unsupported-method.mjs"];

/** Copies `.next/static`, `public` and the preload into the standalone folder; throws when there is no standalone build. */
export function prepareStandalone(root: string): string {
  const standalone = join(root, ".next", "standalone");
  if (!existsSync(join(standalone, "server.js"))) {
    throw new Error(`${standalone}/server.js is missing: run \`next build\` with output: "standalone" first`);
  }
  cpSync(join(root, ".next", "static"), join(standalone, ".next", "static"), { recursive: true });
  cpSync(join(root, "public"), join(standalone, "public"), { recursive: true });
  for (const file of PRELOAD_FILES) cpSync(join(root, "scripts", file), join(standalone, "scripts", file));
  return standalone;
}

if (require.main === module) {
  console.log(`Standalone server ready: node ${prepareStandalone(resolve(__dirname, ".."))}/server.js`);
}
