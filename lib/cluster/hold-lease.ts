import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";
import { acquireLease, releaseLease, renewLease } from "./leases";

/** Checks, inside a write transaction, that the lease is still ours (and extends it); false: do not write. */
export type LeaseFence = (trx: ConsoleDatabase) => Promise<boolean>;

export interface HeldLease {
  fence: LeaseFence;
  /** Stops renewing and frees the lease for the next instance. */
  release(): Promise<void>;
}

export interface HoldLeaseParams {
  db: ConsoleDatabase;
  name: string;
  holder: string;
  ttlMs: number;
  /** Called once when the lease is found lost (a renewal or a fence failed): stop the work it guards. */
  onLost: () => void;
  now?: () => number;
}

// Renewed this many times per TTL: two renewals may fail (a busy database) before it lapses.
const RENEWALS_PER_TTL = 3;

/** Takes the lease and keeps renewing it until released, or answers null when another instance holds it. */
export async function holdLease({ db, name, holder, ttlMs, onLost, now = Date.now }: HoldLeaseParams): Promise<HeldLease | null> {
  if (!(await acquireLease({ db, name, holder, ttlMs, nowMs: now() }))) return null;
  let lost = false;
  const lose = () => {
    if (lost) return;
    lost = true;
    clearInterval(timer);
    onLost();
  };
  const timer = setInterval(() => {
    renewLease({ db, name, holder, ttlMs, nowMs: now() }).then(
      (held) => held || lose(),
      (error: unknown) => console.warn(`cluster: could not renew the lease ${name} (retrying):`, (error as Error).message),
    );
  }, ttlMs / RENEWALS_PER_TTL);
  timer.unref();
  return {
    async fence(trx) {
      if (lost) return false;
      const held = await renewLease({ db: trx, name, holder, ttlMs, nowMs: now() });
      if (!held) lose();
      return held;
    },
    async release() {
      clearInterval(timer);
      if (!lost) await releaseLease({ db, name, holder });
    },
  };
}
