import "server-only";
import { processLeaseSettings } from "../cluster/lease-settings";
import { acquireLease } from "../cluster/leases";
import { leaderLeaseName } from "../cluster/run-as-leader";
import { getAlertsSettings } from "../config/alerts-env";
import { getUpstreamTarget } from "../parallel/upstream.server";
import { getConsoleDatabase } from "../registry/console-database.server";
import { refreshGroup } from "../registry/refresh-group";
import type { AlertTickDeps } from "./alert-tick";
import { startAlertWatcher, type AlertWatcher } from "./alert-watcher";
import { alertSender } from "./send-alert";

/** Decides whether this instance does the watcher's work this tick (a cluster leader lease); every instance does when unset. */
export type AlertTickGate = () => Promise<boolean>;

// On globalThis: instrumentation and the route bundles are separate module graphs in one process.
const globalForAlerts = globalThis as typeof globalThis & { __alertWatcher?: AlertWatcher; __alertTickGate?: AlertTickGate };

/** @public The hook for a cluster leader lease: it decides which instance evaluates alerts; firing once does not depend on it. */
export function setAlertTickGate(gate: AlertTickGate | undefined): void {
  globalForAlerts.__alertTickGate = gate;
}

/** Starts the console's alert watcher once per process (ALERTS_TICK_MS=0 leaves it off). */
export function startConsoleAlertWatcher(): void {
  const settings = getAlertsSettings();
  if (globalForAlerts.__alertWatcher || settings.tickMs === 0) return;
  const send = alertSender(settings.smtp);
  const deps = async (): Promise<AlertTickDeps> => {
    const db = await getConsoleDatabase();
    const target = getUpstreamTarget();
    return {
      db,
      nowMs: Date.now,
      refreshGroup: async (groupId) => {
        await refreshGroup({ db, target, groupId });
      },
      send,
      retry: { baseMs: settings.retryBaseMs, maxAttempts: settings.maxAttempts },
      // By default the cluster's alerts leader evaluates: the others skip the tick (once-only holds without it).
      mayRun:
        globalForAlerts.__alertTickGate ??
        (() => acquireLease({ db, name: leaderLeaseName("alerts"), ...processLeaseSettings(), nowMs: Date.now() })),
    };
  };
  globalForAlerts.__alertWatcher = startAlertWatcher(deps, settings.tickMs, (what, error) => {
    console.error(`alerts: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  });
}
