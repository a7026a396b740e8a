import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { withRoute } from "@/lib/http/with-route";
import { serveFetchHandler } from "@/lib/testing/serve-fetch-handler";
import type { ApiPrefix } from "@/lib/emulator/options";
import type { UpstreamTarget } from "@/lib/parallel/upstream-target";
import type { ConsoleDatabase } from "@/lib/registry/database-schema";
import { openTestConsoleDatabase } from "@/lib/testing/test-console-database";
import { startTestEmulator, type TestEmulator, type TestEmulatorOptions } from "@/lib/testing/emulator-harness";
import { DOCUMENTED_PRICES, type PriceTable } from "@/lib/parallel/price-table";
import { createSpendGuard } from "@/lib/spend/spend-guard";
import { registryHooks } from "../registry-hooks";
import { createGateway } from "../create-gateway";
import { proxyCall, type GatewayCaller, type GatewayDeps } from "../proxy-call";

export const GATEWAY_PREFIX = "/api/parallel";

export interface TestGateway {
  /** Base URL for the SDK: `${url}/api/parallel`. */
  url: string;
  baseURL: string;
  deps: GatewayDeps;
  close(): Promise<void>;
}

/** The gateway's route handler served over real HTTP, as `app/api/parallel/[...path]/route.ts` serves it. */
export async function startTestGateway(
  target: UpstreamTarget,
  options: Parameters<typeof createGateway>[1] = {},
  /** Who a request acts for, as the route's sign-in would tell (none: the gateway attributes nothing). */
  callerOf: (request: Request) => GatewayCaller | undefined = () => undefined,
): Promise<TestGateway> {
  const deps = createGateway(target, options);
  const handle = withRoute(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(`${GATEWAY_PREFIX}/`)) return new Response("not found", { status: 404 });
    return proxyCall(request, path.slice(GATEWAY_PREFIX.length + 1).split("/"), deps, callerOf(request));
  });
  const server = await serveFetchHandler(async (request) => handle(request, {}));
  return {
    url: server.url,
    baseURL: `${server.url}${GATEWAY_PREFIX}`,
    deps,
    close: async () => {
      deps.hub.closeAll();
      await server.close();
    },
  };
}

export interface RegistryGateway {
  emulator: TestEmulator;
  gateway: TestGateway;
  db: ConsoleDatabase;
  close(): Promise<void>;
}

export interface RegistryGatewayOptions {
  prices?: PriceTable;
  callerOf?: (request: Request) => GatewayCaller | undefined;
}

/** An emulator, an in-memory console database and a gateway that writes to it and holds spend to budgets, as the console wires them. */
export async function startRegistryGateway(
  prefix: ApiPrefix,
  emulatorOptions: TestEmulatorOptions = {},
  { prices = DOCUMENTED_PRICES, callerOf }: RegistryGatewayOptions = {},
): Promise<RegistryGateway> {
  const emulator = await startTestEmulator(emulatorOptions);
  const db = await openTestConsoleDatabase();
  const target = { baseUrl: emulator.url, prefix, apiKey: undefined };
  const getDb = async () => db;
  const gateway = await startTestGateway(
    target,
    { ...registryHooks(getDb, target, prices), spend: createSpendGuard(getDb, target, () => prices) },
    callerOf,
  );
  return {
    emulator,
    gateway,
    db,
    close: async () => {
      await gateway.close();
      await db.destroy();
      await emulator.cleanup();
    },
  };
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  closedEarly: boolean;
}

/** A fake upstream that records what reaches it and answers with `respond`. */
export async function startRecordingUpstream(
  respond: (req: RecordedRequest, res: import("node:http").ServerResponse) => void | Promise<void>,
) {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      closedEarly: false,
    };
    res.on("close", () => {
      if (!res.writableFinished) recorded.closedEarly = true;
    });
    requests.push(recorded);
    await respond(recorded, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
