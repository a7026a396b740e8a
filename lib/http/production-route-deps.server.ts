import "server-only";
import { alertSender } from "../alerts/send-alert";
import { getConsoleAuthDeps } from "../auth/console-auth-deps.server";
import { getAlertsSettings } from "../config/alerts-env";
import { startBackgroundWork } from "../cluster/background-work.server";
import { getServerEnv } from "../config/server-env";
import { getWebhookSettings } from "../config/webhook-env";
import { getGateway } from "../gateway/gateway.server";
import { getUpstreamTarget } from "../parallel/upstream.server";
import { getConsoleDatabase } from "../registry/console-database.server";
import type { RouteDeps } from "./route-deps";

let built: Promise<RouteDeps> | undefined;

/** The running console's deps: from the parsed env, built on the first request and kept for the process. */
export function productionRouteDeps(): Promise<RouteDeps> {
  built ??= buildRouteDeps().catch((error: unknown) => {
    // A database that could not open is retried on the next request, not remembered as broken.
    built = undefined;
    throw error;
  });
  return built;
}

async function buildRouteDeps(): Promise<RouteDeps> {
  const db = await getConsoleDatabase();
  startBackgroundWork(db, getUpstreamTarget());
  return {
    db,
    auth: await getConsoleAuthDeps(db),
    target: getUpstreamTarget(),
    upstreamKind: getServerEnv().CONSOLE_UPSTREAM_KIND,
    gateway: getGateway(),
    webhookSecret: getWebhookSettings().secret,
    alertSender: alertSender(getAlertsSettings().smtp),
  };
}
