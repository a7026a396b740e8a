import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";
import { processLeaseSettings, type LeaseSettings } from "./lease-settings";
import { acquireLease, releaseLease } from "./leases";

export interface LeaderTurnParams {
  db: ConsoleDatabase;
  /** The work's name; its lease is `leader:<name>`. */
  name: string;
  lease: LeaseSettings;
  nowMs: number;
  tick: () => Promise<void>;
}

export function leaderLeaseName(name: string): string {
  return `leader:${name}`;
}

/** One turn: takes or renews the work's lease and runs the tick only while this instance leads. Answers whether it led. */
export async function leaderTurn({ db, name, lease, nowMs, tick }: LeaderTurnParams): Promise<boolean> {
  if (!(await acquireLease({ db, name: leaderLeaseName(name), ...lease, nowMs }))) return false;
  await tick();
  return true;
}

export interface RunAsLeaderParams {
  db: ConsoleDatabase;
  name: string;
  /** Pause between the end of one tick and the start of the next, on the leader. */
  intervalMs: number;
  tick: () => Promise<void>;
  lease?: LeaseSettings;
}

export interface LeaderLoop {
  /** Ends the loop after the running tick and hands leadership on at once. */
  stop(): Promise<void>;
}

// Turns per lease TTL: the leader renews often enough to stay leader between ticks far apart.
const TURNS_PER_TTL = 3;

/**
 * Runs `tick` every `intervalMs` on exactly one instance of the cluster: the holder of the work's
 * lease, renewed every third of its TTL. The others keep trying, so one takes over within a TTL
 * when the leader dies.
 */
export function runAsLeader({ db, name, intervalMs, tick, lease = processLeaseSettings() }: RunAsLeaderParams): LeaderLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastTickAtMs = -Infinity;
  const tickWhenDue = async () => {
    if (Date.now() - lastTickAtMs < intervalMs) return;
    lastTickAtMs = Date.now();
    await tick();
  };
  const turn = () => {
    running = leaderTurn({ db, name, lease, nowMs: Date.now(), tick: tickWhenDue })
      .then(
        () => {},
        (error: unknown) => console.error(`cluster: background work ${name} failed this turn:`, error),
      )
      .finally(() => {
        if (stopped) return;
        timer = setTimeout(turn, Math.min(intervalMs, lease.ttlMs / TURNS_PER_TTL));
        timer.unref();
      });
  };
  turn();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await releaseLease({ db, name: leaderLeaseName(name), holder: lease.holder });
    },
  };
}
