import type { AuthDeps } from "../auth/auth-deps";
import { alertSender } from "../alerts/send-alert";
import { createGateway } from "../gateway/create-gateway";
import { registryHooks } from "../gateway/registry-hooks";
import type { RouteDeps } from "../http/route-deps";
import { DOCUMENTED_PRICES } from "../parallel/price-table";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { createSpendGuard } from "../spend/spend-guard";

// Test-only: the deps route handlers get in tests, with a gateway that records groups and meters
// spend on `db` at the documented prices, as the console's does; no webhooks, no email.

export function testRouteDeps(db: ConsoleDatabase, target: UpstreamTarget, auth: AuthDeps): RouteDeps {
  const gateway = createGateway(target, {
    ...registryHooks(async () => db, target),
    spend: createSpendGuard(
      async () => db,
      target,
      () => DOCUMENTED_PRICES,
    ),
  });
  return { db, target, upstreamKind: "emulator", gateway, auth, webhookSecret: null, alertSender: alertSender(null) };
}
