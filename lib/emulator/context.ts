import type { CreditLedger } from "./credit-ledger";
import type { GroupNotifier } from "./group-notifier";
import type { EmulatorOptions } from "./options";
import type { RateLimiter } from "./rate-limiter";
import type { Scheduler } from "./scheduler";
import type { EmulatorStore } from "./store";

/** Counters a test or benchmark reads to see how clients use the emulator (e.g. fan-out upstream connections). */
export interface EmulatorStats {
  eventsStreamsOpened: number;
  eventsStreamsOpen: number;
  runsStreamsOpened: number;
}

export interface EmulatorContext {
  stats: EmulatorStats;
  store: EmulatorStore;
  notifier: GroupNotifier;
  scheduler: Scheduler;
  rateLimiter: RateLimiter;
  credit: CreditLedger;
  options: EmulatorOptions;
}
