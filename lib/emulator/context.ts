import type { GroupNotifier } from "./group-notifier";
import type { EmulatorOptions } from "./options";
import type { RateLimiter } from "./rate-limiter";
import type { Scheduler } from "./scheduler";
import type { EmulatorStore } from "./store";

export interface EmulatorContext {
  store: EmulatorStore;
  notifier: GroupNotifier;
  scheduler: Scheduler;
  rateLimiter: RateLimiter;
  options: EmulatorOptions;
}
