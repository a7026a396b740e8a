import type { UpstreamStream } from "../parallel/upstream-stream";
import { GroupChannel, type ChannelHooks, type JoinMode } from "./group-channel";
import { relayedResponseHeaders } from "./response-headers";
import { HEARTBEAT_INTERVAL_MS } from "../sse/heartbeat";
import { SSE_HEADERS } from "../sse/sse-response";

// A page reload leaves and rejoins within this window; the upstream connection survives it.
export const IDLE_LINGER_MS = 2_000;
// A group that has ended is served from the log of its finished stream for this long, without upstream.
export const ENDED_RETENTION_MS = 30_000;

export interface HubUpstream {
  /** Opens the group's upstream events stream, after `lastEventId` (null: from the beginning). */
  open: (groupId: string, lastEventId: string | null, signal: AbortSignal) => Promise<UpstreamStream>;
}

/** The upstream's error answer to opening a channel, read once for every watcher waiting on it. */
interface RefusedOpen {
  status: number;
  headers: Headers;
  text: string;
}

export interface WatchRequest {
  groupId: string;
  mode: JoinMode;
  lastEventId: string | null;
  timeoutMs: number | null;
}

interface HubEntry {
  channel: GroupChannel;
  /** Closes a live channel nobody watches; a join cancels it. */
  idleTimer?: NodeJS.Timeout;
  /** Forgets an ended channel; nothing cancels it, so an ended log is never served past its time. */
  retentionTimer?: NodeJS.Timeout;
  /** Runs were added after this channel opened: its end may predate them, so it is not retained. */
  runsAdded: boolean;
}

/**
 * Fan-out of group events: all clients watching a group share one upstream events connection per
 * process. A client the shared log cannot serve (an unknown cursor, or a fresh replay of a log that
 * overflowed) gets null and is relayed on its own connection by the caller.
 */
export class EventsHub {
  private readonly channels = new Map<string, HubEntry>();
  private readonly opening = new Map<
    string,
    { response: Promise<UpstreamStream | RefusedOpen>; abort: AbortController; runsAdded: boolean }
  >();
  upstreamConnections = 0;

  constructor(
    private readonly upstream: HubUpstream,
    private readonly hooks: ChannelHooks = {},
    private readonly heartbeatMs = HEARTBEAT_INTERVAL_MS,
    private readonly idleLingerMs = IDLE_LINGER_MS,
  ) {}

  get activeChannels(): number {
    return this.channels.size;
  }

  /** Clients watching any group now. */
  get watchers(): number {
    let count = 0;
    for (const { channel } of this.channels.values()) count += channel.watcherCount;
    return count;
  }

  /** Upstream events connections open or opening now: one per channel that has not ended. */
  get openUpstreamConnections(): number {
    let open = this.opening.size;
    for (const { channel } of this.channels.values()) if (!channel.hasEnded) open++;
    return open;
  }

  /** Bytes of SSE events held by every channel's log. */
  get retainedLogSize(): number {
    let size = 0;
    for (const { channel } of this.channels.values()) size += channel.logSize;
    return size;
  }

  /** The SSE response for a watcher, the upstream's own error response, or null (relay it alone). */
  async watch(request: WatchRequest): Promise<Response | null> {
    const entry = this.channels.get(request.groupId) ?? (await this.openChannel(request.groupId));
    if (entry instanceof Response) return entry;
    clearTimeout(entry.idleTimer);
    const body = entry.channel.join(request.mode, request.lastEventId, request.timeoutMs);
    return body ? new Response(body, { status: 200, headers: SSE_HEADERS }) : null;
  }

  /**
   * Runs were added to the group: an ended channel's log is out of date, so it is forgotten and the
   * next watcher opens a fresh upstream stream; a live one keeps following upstream, which carries them.
   */
  runsAdded(groupId: string): void {
    const pending = this.opening.get(groupId);
    if (pending) pending.runsAdded = true;
    const entry = this.channels.get(groupId);
    if (!entry) return;
    if (entry.channel.hasEnded) this.forget(groupId, entry);
    else entry.runsAdded = true;
  }

  /** The group changed in a way this hub did not relay (a webhook): an ended log is out of date as when runs are added. */
  changedElsewhere(groupId: string): void {
    this.runsAdded(groupId);
  }

  closeAll(): void {
    for (const [groupId, entry] of [...this.channels]) this.forget(groupId, entry);
  }

  private forget(groupId: string, entry: HubEntry): void {
    clearTimeout(entry.idleTimer);
    clearTimeout(entry.retentionTimer);
    entry.channel.dispose();
    if (this.channels.get(groupId) === entry) this.channels.delete(groupId);
  }

  private async openChannel(groupId: string): Promise<HubEntry | Response> {
    let pending = this.opening.get(groupId);
    if (!pending) {
      this.upstreamConnections++;
      const abort = new AbortController();
      const response = this.upstream
        .open(groupId, null, abort.signal)
        .then(async (first) => (first.ok ? first : { status: first.status, headers: first.headers, text: await first.text() }));
      pending = { response, abort, runsAdded: false };
      this.opening.set(groupId, pending);
    }
    let first: UpstreamStream | RefusedOpen;
    try {
      first = await pending.response;
    } finally {
      this.opening.delete(groupId);
    }
    const existing = this.channels.get(groupId);
    if (existing) return existing;
    if (!("ok" in first)) return new Response(first.text, { status: first.status, headers: relayedResponseHeaders(first.headers) });
    const { abort } = pending;
    const entry: HubEntry = {
      runsAdded: pending.runsAdded,
      channel: new GroupChannel({
        groupId,
        first,
        abort,
        reopen: (lastEventId, signal) => this.upstream.open(groupId, lastEventId, signal),
        heartbeatMs: this.heartbeatMs,
        hooks: this.hooks,
        onEnd: (servable) => {
          clearTimeout(entry.idleTimer);
          if (servable && !entry.runsAdded) entry.retentionTimer = setTimeout(() => this.forget(groupId, entry), ENDED_RETENTION_MS);
          else this.forget(groupId, entry);
        },
        onIdle: () => {
          clearTimeout(entry.idleTimer);
          entry.idleTimer = setTimeout(() => {
            if (entry.channel.watcherCount > 0 || entry.channel.hasEnded) return;
            this.forget(groupId, entry);
          }, this.idleLingerMs);
        },
      }),
    };
    this.channels.set(groupId, entry);
    return entry;
  }
}
