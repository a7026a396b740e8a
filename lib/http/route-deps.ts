import type { SendAlert } from "../alerts/send-alert";
import type { AuthDeps } from "../auth/auth-deps";
import type { GatewayDeps } from "../gateway/proxy-call";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import type { UpstreamStatus } from "../upstream/upstream-status";

/** What a route handler works on, built once and handed in (production: from the env; tests: their own). */
export interface RouteDeps {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  /** What the upstream is, as the console reports it. */
  upstreamKind: UpstreamStatus["kind"];
  /** The process's proxy and events hub. */
  gateway: GatewayDeps;
  /** Who is asking, and sign-in itself. */
  auth: AuthDeps;
  /** Verifies Parallel's webhooks; null when PARALLEL_WEBHOOK_SECRET is unset (none are received). */
  webhookSecret: string | null;
  /** Sends an alert to a destination (the "send test alert" button); email only when SMTP_URL is set. */
  alertSender: SendAlert;
}
