import "server-only";
import { getServerEnv } from "../config/server-env";
import { instanceId } from "./instance-id";

/** Who holds a lease and for how long: this process, for CONSOLE_LEASE_TTL_MS after each renewal. */
export interface LeaseSettings {
  holder: string;
  ttlMs: number;
}

export function processLeaseSettings(): LeaseSettings {
  return { holder: instanceId(), ttlMs: getServerEnv().CONSOLE_LEASE_TTL_MS };
}
