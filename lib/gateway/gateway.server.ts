import "server-only";
import { getPriceTable } from "../config/price-env";
import { getUpstreamTarget } from "../parallel/upstream.server";
import { getConsoleDatabase } from "../registry/console-database.server";
import { createGateway } from "./create-gateway";
import type { GatewayDeps } from "./proxy-call";
import { createSpendGuard } from "../spend/spend-guard";
import { registryHooks } from "./registry-hooks";
import { onShutdown } from "../ops/shutdown-state";

const globalForGateway = globalThis as unknown as { taskGroupConsoleGateway?: GatewayDeps };

/** The process-wide gateway: one events hub per server process, however many routes use it. */
export function getGateway(): GatewayDeps {
  if (!globalForGateway.taskGroupConsoleGateway) {
    const target = getUpstreamTarget();
    const prices = getPriceTable();
    globalForGateway.taskGroupConsoleGateway = createGateway(target, {
      ...registryHooks(getConsoleDatabase, target, prices),
      spend: createSpendGuard(getConsoleDatabase, target, () => prices),
    });
    const { hub } = globalForGateway.taskGroupConsoleGateway;
    onShutdown("events hub", "connections", () => hub.closeAll());
  }
  return globalForGateway.taskGroupConsoleGateway;
}
