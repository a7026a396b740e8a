import { type UpstreamTarget, upstreamHeaders } from "../parallel/upstream-target";
import type { ChannelHooks } from "./group-channel";
import { EventsHub } from "./events-hub";
import { reachUpstream } from "./reach-upstream";
import type { GatewayDeps } from "./proxy-call";

export function createGateway(
  target: UpstreamTarget,
  options: Pick<GatewayDeps, "onGroupCreated" | "onRunsAdded" | "heartbeatMs" | "spend"> & { hooks?: ChannelHooks } = {},
): GatewayDeps {
  const headers = upstreamHeaders(target, { accept: "text/event-stream" });
  const url = (groupId: string, lastEventId: string | null) => {
    const u = new URL(`${target.baseUrl}/${target.prefix}/tasks/groups/${groupId}/events`);
    if (lastEventId !== null) u.searchParams.set("last_event_id", lastEventId);
    return u.toString();
  };
  const hub = new EventsHub(
    { url, headers, open: (groupId, lastEventId, signal) => reachUpstream(target, url(groupId, lastEventId), { headers, signal }) },
    options.hooks,
    options.heartbeatMs,
  );
  // Every path that adds runs through the console (uploads, "Add runs", "Retry failed", the SDK) ends
  // here: the hub must not go on serving the group's ended stream, which knows nothing of the new runs.
  const onRunsAdded: NonNullable<GatewayDeps["onRunsAdded"]> = (groupId, status, added) => {
    hub.runsAdded(groupId);
    options.onRunsAdded?.(groupId, status, added);
  };
  return { target, hub, onGroupCreated: options.onGroupCreated, onRunsAdded, heartbeatMs: options.heartbeatMs, spend: options.spend };
}
