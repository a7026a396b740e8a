import { resolve } from "node:path";
import { listBuildSources, recordBuild } from "./needs-build";
import { forwardStopSignals, spawnNext, waitForExit } from "./next-process";
import { prepareStandalone } from "./prepare-standalone";

/** `next build` in `root` with `env`, its standalone server completed; throws when it fails. The build is dated at its start, with its sources listed (see recordBuild). */
export async function runNextBuild(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  const startedAtMs = Date.now();
  const sources = listBuildSources(root);
  const build = spawnNext(root, ["build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  const signals = forwardStopSignals(build);
  const { code } = await waitForExit(build).finally(() => signals.dispose());
  if (code !== 0) throw new Error(`next build failed (exit ${code ?? "by signal"})`);
  prepareStandalone(root);
  recordBuild(root, startedAtMs, sources);
}

// `npm run build`: the same build `npm start` makes when its build is stale.
if (require.main === module) {
  runNextBuild(resolve(__dirname, ".."), process.env).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
