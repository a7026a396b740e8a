import { openUpstreamStream } from "../parallel/upstream-stream.server";
import type { UpstreamTarget } from "../parallel/upstream-target";
import type { ChannelHooks } from "./group-channel";
import { EventsHub } from "./events-hub";
import type { GatewayDeps } from "./proxy-call";

export function createGateway(
  target: UpstreamTarget,
  options: Pick<GatewayDeps, "onGroupCreated" | "onRunsAdded" | "heartbeatMs" | "spend"> & {
    hooks?: ChannelHooks;
    /** How long a group's upstream connection outlives its last watcher (the hub's default otherwise). */
    idleLingerMs?: number;
  } = {},
): GatewayDeps {
  const hub = new EventsHub(
    {
      open: (groupId, lastEventId, signal) =>
        openUpstreamStream({
          target,
          path: `/tasks/groups/${groupId}/events`,
          query: { last_event_id: lastEventId ?? undefined },
          signal,
        }),
    },
    options.hooks,
    options.heartbeatMs,
    options.idleLingerMs,
  );
  // Every path that adds runs through the console (uploads, "Add runs", "Retry failed", the SDK) ends
  // here: the hub must not go on serving the group's ended stream, which knows nothing of the new runs.
  const onRunsAdded: NonNullable<GatewayDeps["onRunsAdded"]> = (groupId, status, added) => {
    hub.runsAdded(groupId);
    options.onRunsAdded?.(groupId, status, added);
  };
  return { target, hub, onGroupCreated: options.onGroupCreated, onRunsAdded, heartbeatMs: options.heartbeatMs, spend: options.spend };
}
