"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { type EventSourceConnection, type EventSourceHandlers, type EventStream, openEventStream } from "./open-event-stream";
import { leaveIfSignedOut } from "./signed-out";

export type { EventSourceConnection, EventSourceHandlers, EventStream } from "./open-event-stream";

/**
 * One EventSource on `url` (none while it is null) with the browser's one reconnect policy
 * (open-event-stream.ts). `subscribe` is called each time a stream starts for a URL and returns that
 * stream's handlers: state kept in its closure lives as long as the stream.
 */
export function useEventSource(url: string | null, subscribe: (stream: EventStream) => EventSourceHandlers): EventSourceConnection {
  const [connection, setConnection] = useState<EventSourceConnection>("idle");
  const start = useEffectEvent(subscribe);

  useEffect(() => {
    if (url === null) return;
    return openEventStream(url, (stream) => start(stream), { onConnection: setConnection, stopsForGood: leaveIfSignedOut });
  }, [url]);

  return url === null ? "closed" : connection;
}
