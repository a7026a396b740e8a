import type { AlertCondition, CreateAlertDestinationBody } from "../../contracts/alerts";
import type { RunStatus } from "../../parallel/types";
import type { ConsoleDatabase } from "../../registry/database-schema";
import { recordGroupStatus } from "../../registry/record-group-status";
import { rememberGroup } from "../../registry/remember-group";
import { createAlertDestination } from "../alert-destinations";
import { createAlertRule } from "../alert-rules";
import type { AlertTickDeps } from "../alert-tick";
import type { AlertPayload } from "../alert-payload";
import type { AlertDestination } from "../alert-destinations";

// Builders for the alert tests: groups in the registry with given counts, destinations, rules, a
// fake clock and a sender that records (or refuses) what it is given.

export const TEST_MEMBER = { email: "owner@example.com" };

export async function putGroup(
  db: ConsoleDatabase,
  groupId: string,
  status: { isActive: boolean; counts: Partial<Record<RunStatus, number>>; name?: string },
): Promise<void> {
  const numRuns = Object.values(status.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const groupStatus = {
    num_task_runs: numRuns,
    task_run_status_counts: status.counts,
    is_active: status.isActive,
    status_message: null,
    modified_at: null,
  };
  const known = await db.selectFrom("groups").select("id").where("id", "=", groupId).executeTakeFirst();
  if (known) await recordGroupStatus({ db, groupId, status: groupStatus, atMs: Date.now() });
  else
    await rememberGroup({
      db,
      group: { taskgroup_id: groupId, metadata: status.name ? { name: status.name } : null, status: groupStatus, created_at: null },
      upstream: "http://upstream.test/v1",
      source: "created",
    });
}

export async function addDestination(
  db: ConsoleDatabase,
  body: CreateAlertDestinationBody = { kind: "webhook", name: "hook", url: "http://hook.test/" },
) {
  return createAlertDestination(db, body, TEST_MEMBER, 0);
}

export async function addRule(db: ConsoleDatabase, groupId: string | null, condition: AlertCondition, destinationIds: string[]) {
  return createAlertRule(db, { groupId, condition, destinationIds }, TEST_MEMBER, 0);
}

export interface FakeClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function fakeClock(startMs = 1_700_000_000_000): FakeClock {
  let at = startMs;
  return { now: () => at, advance: (ms) => (at += ms) };
}

export interface RecordingSender {
  sent: { destination: AlertDestination; payload: AlertPayload }[];
  /** Makes the next `n` sends fail. */
  failNext: (n: number) => void;
  send: AlertTickDeps["send"];
}

export function recordingSender(): RecordingSender {
  let failures = 0;
  const sent: RecordingSender["sent"] = [];
  return {
    sent,
    failNext: (n) => (failures = n),
    send: async (destination, payload) => {
      if (failures > 0) {
        failures -= 1;
        throw new Error("receiver answered HTTP 503");
      }
      sent.push({ destination, payload });
      return "HTTP 204";
    },
  };
}
