import type { TaskGroupResponse, TaskGroupStatus, TaskRunEvent } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ConsoleDatabase } from "../registry/database-schema";
import { upstreamLabel } from "../registry/group-entry";
import { recordGroupStatus } from "../registry/record-group-status";
import { rememberGroup } from "../registry/remember-group";
import { applyRunStateEvent } from "../run-cache/apply-run-state-event";
import type { ChannelHooks } from "./group-channel";

/**
 * What the gateway tells the console's database: groups created through it are remembered, the
 * events hub's status updates become history samples, and run state changes patch the run cache.
 * Failures are logged, never passed to the stream's clients.
 */
export function registryHooks(getDb: () => Promise<ConsoleDatabase>, target: UpstreamTarget) {
  const report = (what: string) => (error: unknown) => console.error(`gateway: could not ${what}:`, error);
  const hooks: ChannelHooks = {
    onStatus: (groupId, status) => {
      void getDb()
        .then((db) => recordGroupStatus({ db, groupId, status: status as TaskGroupStatus, atMs: Date.now() }))
        .catch(report(`record the status of ${groupId}`));
    },
    onRunState: (groupId, event) => {
      void getDb()
        .then((db) => applyRunStateEvent({ db, groupId, event: event as TaskRunEvent }))
        .catch(report(`update a cached run of ${groupId}`));
    },
  };
  // The caller gets the upstream's answer (with the group's id) whatever happens here; the log keeps the id so the group can be imported.
  const onGroupCreated = (group: unknown) => {
    const created = group as TaskGroupResponse;
    void getDb()
      .then((db) => rememberGroup({ db, group: created, upstream: upstreamLabel(target), source: "created" }))
      .catch(report(`remember group ${created.taskgroup_id}, created upstream through the gateway (import it to list it)`));
  };
  const onRunsAdded = (groupId: string, status: unknown) => hooks.onStatus?.(groupId, status);
  return { hooks, onGroupCreated, onRunsAdded };
}
