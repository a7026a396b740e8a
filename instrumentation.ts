// Next calls register() once when a server starts. `next build` also loads this file while it
// prerenders, so the watcher starts only in a running Node.js server, never during the build.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startConsoleAlertWatcher } = await import("./lib/alerts/console-alert-watcher.server");
  startConsoleAlertWatcher();
}
