import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export function nextBin(root: string): string {
  return join(root, "node_modules", ".bin", process.platform === "win32" ? "next.cmd" : "next");
}

export function spawnNext(root: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(nextBin(root), args, { cwd: root, env: withMethodGuard(root, env), stdio: "inherit" });
}

/** The environment with the preload that answers 405 to methods Next.js cannot serve (TRACE, …). */
export function withMethodGuard(root: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const preload = `--import ${JSON.stringify(pathToFileURL(join(root, "scripts", "preload-method-guard.mjs")).href)}`;
  return { ...env, NODE_OPTIONS: env.NODE_OPTIONS ? `${env.NODE_OPTIONS} ${preload}` : preload };
}

/** Resolves with the exit code; a child killed by a signal counts as a failure. */
export function waitForExit(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
}

/**
 * Passes SIGINT/SIGTERM on to the child so it can shut down cleanly; a second signal kills it.
 * Returns a function telling whether a stop was requested, and one removing the handlers.
 */
export function forwardStopSignals(child: ChildProcess): { stopRequested: () => boolean; dispose: () => void } {
  let requested = false;
  const onSignal = (signal: NodeJS.Signals) => {
    child.kill(requested ? "SIGKILL" : signal);
    requested = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    stopRequested: () => requested,
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
