// `npm start` / `npm run dev`: build if stale, start the upstream (the embedded emulator unless
// PARALLEL_API_KEY is set), then run Next.js as a child wired to that upstream.
import { mkdirSync } from "node:fs";
import { constants } from "node:os";
import { dirname, resolve } from "node:path";
import { needsBuild } from "./needs-build";
import { runNextBuild } from "./next-build";
import { forwardStopSignals, spawnNext, waitForExit } from "./next-process";
import { nextServerArgs, parseStartOptions, type StartOptions } from "./start-options";
import { startUpstream } from "./start-upstream";

const ROOT = resolve(__dirname, "..");

async function buildIfStale(): Promise<void> {
  const check = needsBuild(ROOT);
  if (!check.needed) {
    console.log(`Skipping next build: ${check.reason}`);
    return;
  }
  console.log(`Running next build: ${check.reason}`);
  await runNextBuild(ROOT, process.env);
}

async function serve(options: StartOptions): Promise<number> {
  const upstream = await startUpstream(options.server, process.env);
  const args = nextServerArgs(options);
  const child = spawnNext(ROOT, args, {
    ...process.env,
    ...upstream.env,
    PARALLEL_API_PREFIX: options.server.PARALLEL_API_PREFIX,
    PORT: String(options.port),
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const signals = forwardStopSignals(child);
  const { code, signal } = await waitForExit(child).finally(() => upstream.close());
  if (signals.stopRequested()) return code ?? (signal ? 128 + constants.signals[signal] : 1);
  console.error(`next ${args[0]} exited unexpectedly (${signal ?? `code ${code}`})`);
  return code || 1;
}

async function main(): Promise<number> {
  const options = parseStartOptions(process.argv.slice(2), process.env);
  mkdirSync(resolve(ROOT, ".data"), { recursive: true });
  mkdirSync(dirname(resolve(ROOT, options.server.CONSOLE_DB)), { recursive: true });
  if (!options.dev) await buildIfStale();
  return serve(options);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
