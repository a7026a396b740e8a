// Next.js calls register() once per server process, before it serves requests. `next build` also
// loads this file while it prerenders, so nothing starts during the build.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installGracefulShutdown } = await import("./lib/ops/install-graceful-shutdown");
  installGracefulShutdown();
  const { startConsoleAlertWatcher } = await import("./lib/alerts/console-alert-watcher.server");
  startConsoleAlertWatcher();
}
