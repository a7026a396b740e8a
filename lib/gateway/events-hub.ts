import { GroupChannel, type ChannelHooks, type JoinMode } from "./group-channel";
import { HEARTBEAT_INTERVAL_MS, SSE_HEADERS } from "./sse-response";

// A page reload leaves and rejoins within this window; the upstream connection survives it.
export const IDLE_LINGER_MS = 2_000;
// A group that has ended is served from the log of its finished stream for this long, without upstream.
export const ENDED_RETENTION_MS = 30_000;

export interface HubUpstream {
  /** Opens the group's upstream events stream (no cursor: from the beginning). */
  open: (groupId: string, lastEventId: string | null, signal: AbortSignal) => Promise<Response>;
  url: (groupId: string, lastEventId: string | null) => string;
  headers: Record<string, string>;
}

export interface WatchRequest {
  groupId: string;
  mode: JoinMode;
  lastEventId: string | null;
  timeoutMs: number | null;
}

/**
 * Fan-out of group events: all clients watching a group share one upstream events connection per
 * process. A client the shared log cannot serve (an unknown cursor, or a fresh replay of a log that
 * overflowed) gets null and is relayed on its own connection by the caller.
 */
export class EventsHub {
  private readonly channels = new Map<string, { channel: GroupChannel; idleTimer?: NodeJS.Timeout }>();
  private readonly opening = new Map<string, { response: Promise<Response>; abort: AbortController }>();
  upstreamConnections = 0;

  constructor(
    private readonly upstream: HubUpstream,
    private readonly hooks: ChannelHooks = {},
    private readonly heartbeatMs = HEARTBEAT_INTERVAL_MS,
  ) {}

  get activeChannels(): number {
    return this.channels.size;
  }

  /** The SSE response for a watcher, the upstream's own error response, or null (relay it alone). */
  async watch(request: WatchRequest): Promise<Response | null> {
    const entry = this.channels.get(request.groupId) ?? (await this.openChannel(request.groupId));
    if (entry instanceof Response) return entry;
    clearTimeout(entry.idleTimer);
    const body = entry.channel.join(request.mode, request.lastEventId, request.timeoutMs);
    return body ? new Response(body, { status: 200, headers: SSE_HEADERS }) : null;
  }

  closeAll(): void {
    for (const { channel, idleTimer } of this.channels.values()) {
      clearTimeout(idleTimer);
      channel.close();
    }
    this.channels.clear();
  }

  private async openChannel(groupId: string): Promise<{ channel: GroupChannel; idleTimer?: NodeJS.Timeout } | Response> {
    let pending = this.opening.get(groupId);
    if (!pending) {
      this.upstreamConnections++;
      const abort = new AbortController();
      pending = { response: this.upstream.open(groupId, null, abort.signal), abort };
      this.opening.set(groupId, pending);
    }
    let first: Response;
    try {
      first = await pending.response;
    } finally {
      this.opening.delete(groupId);
    }
    const existing = this.channels.get(groupId);
    if (existing) return existing;
    if (!first.ok) return first.clone();
    const { abort } = pending;
    const entry: { channel: GroupChannel; idleTimer?: NodeJS.Timeout } = {
      channel: new GroupChannel({
        groupId,
        first,
        abort,
        reconnectUrl: (lastEventId) => this.upstream.url(groupId, lastEventId),
        headers: this.upstream.headers,
        heartbeatMs: this.heartbeatMs,
        hooks: this.hooks,
        onEnd: (servable) => {
          clearTimeout(entry.idleTimer);
          const forget = () => {
            if (this.channels.get(groupId) === entry) this.channels.delete(groupId);
          };
          if (servable) entry.idleTimer = setTimeout(forget, ENDED_RETENTION_MS);
          else forget();
        },
        onIdle: () => {
          clearTimeout(entry.idleTimer);
          entry.idleTimer = setTimeout(() => {
            if (entry.channel.watcherCount > 0 || entry.channel.hasEnded) return;
            entry.channel.close();
            if (this.channels.get(groupId) === entry) this.channels.delete(groupId);
          }, IDLE_LINGER_MS);
        },
      }),
    };
    this.channels.set(groupId, entry);
    return entry;
  }
}
