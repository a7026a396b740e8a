import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { EmulatorContext, EmulatorStats } from "./context";
import { CreditLedger } from "./credit-ledger";
import { GroupNotifier } from "./group-notifier";
import { handleRequest } from "./http/handle-request";
import { openDatabase } from "./open-database";
import { DEFAULT_EMULATOR_OPTIONS, type EmulatorOptions } from "./options";
import { RateLimiter } from "./rate-limiter";
import { Scheduler } from "./scheduler";
import { taskRun } from "./serialize";
import { EmulatorStore } from "./store";
import { statusWebhookUrl } from "./webhooks/run-webhook";
import { WebhookDispatcher } from "./webhooks/webhook-dispatcher";

export interface RunningEmulator {
  url: string;
  port: number;
  options: EmulatorOptions;
  stats(): EmulatorStats;
  close(): Promise<void>;
}

/** Starts the Task Group API emulator in this process. */
export async function startEmulator(overrides: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const options: EmulatorOptions = { ...DEFAULT_EMULATOR_OPTIONS, ...overrides };
  const db = openDatabase(options.dbPath);
  const store = new EmulatorStore(db);
  const notifier = new GroupNotifier();
  const webhooks = new WebhookDispatcher({ secret: options.webhookSecret, timeScale: options.timeScale, log: options.log });
  const scheduler = new Scheduler(store, notifier, options, (run) => {
    const url = statusWebhookUrl(run.webhook);
    if (url) webhooks.send(url, taskRun(run, run.group_id));
  });
  const stats: EmulatorStats = { eventsStreamsOpened: 0, eventsStreamsOpen: 0, runsStreamsOpened: 0 };
  const ctx: EmulatorContext = {
    stats,
    store,
    notifier,
    scheduler,
    rateLimiter: new RateLimiter(options.rateLimitPerMin, options.rateLimitWindowMs),
    credit: new CreditLedger(options.creditUsd, store),
    options,
  };

  const server = createServer((req, res) => void handleRequest(ctx, req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  scheduler.start();
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`;

  return {
    url,
    port,
    options,
    stats: () => ({ ...stats }),
    close: async () => {
      scheduler.stop();
      webhooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}
