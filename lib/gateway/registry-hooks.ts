import type { TaskGroupResponse, TaskGroupStatus, TaskRunEvent } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { DOCUMENTED_PRICES, type PriceTable } from "../parallel/price-table";
import type { ConsoleDatabase } from "../registry/database-schema";
import { upstreamLabel } from "../registry/group-entry";
import { recordGroupStatus } from "../registry/record-group-status";
import { rememberGroup } from "../registry/remember-group";
import { applyRunStateEvents } from "../run-cache/apply-run-state-events";
import { runStateBatches } from "../run-cache/run-state-batches";
import { recordAudit } from "../auth/audit-log";
import { credentialDetail } from "../auth/credential-detail";
import { describeAddedRuns } from "../auth/describe-added-runs";
import { consoleMetrics } from "../ops/console-metrics";
import type { ChannelHooks } from "./group-channel";
import type { GatewayDeps } from "./proxy-call";

/**
 * What the gateway tells the console's database: groups created through it are remembered, the
 * events hub's status updates become history samples, and run state changes patch the run cache
 * (in batches: see run-state-batches.ts).
 * Failures are logged, never passed to the stream's clients.
 */
export function registryHooks(getDb: () => Promise<ConsoleDatabase>, target: UpstreamTarget, prices: PriceTable = DOCUMENTED_PRICES) {
  const report = (what: string) => (error: unknown) => console.error(`gateway: could not ${what}:`, error);
  const runStates = runStateBatches(
    (groupId, events) => getDb().then((db) => applyRunStateEvents({ db, groupId, events })),
    (groupId, error) => report(`update cached runs of ${groupId}`)(error),
  );
  const hooks: ChannelHooks = {
    onStatus: (groupId, status) => {
      void getDb()
        .then((db) => recordGroupStatus({ db, groupId, status: status as TaskGroupStatus, atMs: Date.now() }))
        .catch(report(`record the status of ${groupId}`));
    },
    onRunState: (groupId, event) => runStates.add(groupId, event as TaskRunEvent),
  };
  // The caller gets the upstream's answer (with the group's id) whatever happens here; the log keeps the id so the group can be imported.
  const onGroupCreated: NonNullable<GatewayDeps["onGroupCreated"]> = (group, caller) => {
    const created = group as TaskGroupResponse;
    void getDb()
      .then(async (db) => {
        await rememberGroup({ db, group: created, upstream: upstreamLabel(target), source: "created", addedBy: caller?.member ?? null });
        await recordAudit(db, {
          action: "group.created",
          actor: caller?.member ?? null,
          ip: caller?.ip ?? null,
          target: { type: "group", id: created.taskgroup_id },
          detail: { via: "api", ...credentialDetail(caller?.member) },
        });
      })
      .catch(report(`remember group ${created.taskgroup_id}, created upstream through the gateway (import it to list it)`));
  };
  const onRunsAdded: NonNullable<GatewayDeps["onRunsAdded"]> = (groupId, status, added) => {
    hooks.onStatus?.(groupId, status);
    if (!added) return;
    const summary = describeAddedRuns(added.requestBody, prices);
    for (const [processor, runs] of Object.entries(summary.processors)) consoleMetrics().runsAdded.inc({ processor }, runs);
    void getDb()
      .then((db) =>
        recordAudit(db, {
          action: "runs.added",
          actor: added.caller?.member ?? null,
          ip: added.caller?.ip ?? null,
          target: { type: "group", id: groupId },
          detail: { ...summary, ...credentialDetail(added.caller?.member) },
        }),
      )
      .catch(report(`record the runs added to ${groupId} in the audit log`));
  };
  return { hooks, onGroupCreated, onRunsAdded };
}
