import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";

// Failures counted over this window; a success clears the account's count (not the IP's).
const WINDOW_MS = 15 * 60_000;
// After this many failures a subject waits, starting at BASE_DELAY_MS and doubling per further failure.
const FREE_FAILURES_PER_ACCOUNT = 5;
const FREE_FAILURES_PER_IP = 20;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = WINDOW_MS;

export interface ThrottleVerdict {
  /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
  waitMs: number;
}

const accountSubject = (email: string) => `account:${email.trim().toLowerCase()}`;
const ipSubject = (ip: string) => `ip:${ip}`;

function subjectsOf(email: string, ip: string | null): { subject: string; free: number }[] {
  const subjects = [{ subject: accountSubject(email), free: FREE_FAILURES_PER_ACCOUNT }];
  if (ip) subjects.push({ subject: ipSubject(ip), free: FREE_FAILURES_PER_IP });
  return subjects;
}

/**
 * Whether a sign-in for `email` from `ip` must wait. Unknown and known emails are counted alike,
 * so the throttle tells nobody which accounts exist.
 */
export async function checkSignInThrottle(
  db: ConsoleDatabase,
  email: string,
  ip: string | null,
  nowMs = Date.now(),
): Promise<ThrottleVerdict> {
  let waitMs = 0;
  for (const { subject, free } of subjectsOf(email, ip)) {
    const failures = await db
      .selectFrom("sign_in_failures")
      .select(["at_ms"])
      .where("subject", "=", subject)
      .where("at_ms", ">", nowMs - WINDOW_MS)
      .orderBy("at_ms", "desc")
      .execute();
    if (failures.length < free) continue;
    const delay = Math.min(BASE_DELAY_MS * 2 ** (failures.length - free), MAX_DELAY_MS);
    waitMs = Math.max(waitMs, Number(failures[0].at_ms) + delay - nowMs);
  }
  return { waitMs: Math.max(0, waitMs) };
}

export async function recordSignInFailure(db: ConsoleDatabase, email: string, ip: string | null, nowMs = Date.now()): Promise<void> {
  await db
    .insertInto("sign_in_failures")
    .values(subjectsOf(email, ip).map(({ subject }) => ({ subject, at_ms: nowMs })))
    .execute();
  await db
    .deleteFrom("sign_in_failures")
    .where("at_ms", "<=", nowMs - WINDOW_MS)
    .execute();
}

export async function clearAccountFailures(db: ConsoleDatabase, email: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("subject", "=", accountSubject(email)).execute();
}
