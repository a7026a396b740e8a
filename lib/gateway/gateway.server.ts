import "server-only";
import { getUpstreamTarget } from "../parallel/upstream.server";
import { createGateway } from "./create-gateway";
import type { GatewayDeps } from "./proxy-call";

const globalForGateway = globalThis as unknown as { taskGroupConsoleGateway?: GatewayDeps };

/** The process-wide gateway: one events hub per server process, however many routes use it. */
export function getGateway(): GatewayDeps {
  globalForGateway.taskGroupConsoleGateway ??= createGateway(getUpstreamTarget());
  return globalForGateway.taskGroupConsoleGateway;
}
