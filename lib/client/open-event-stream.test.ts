import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type EventSourceConnection, type EventSourceHandlers, type EventSourceLike, openEventStream } from "./open-event-stream";

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;

class FakeEventSource implements EventSourceLike {
  readyState = CONNECTING;
  closed = false;
  private readonly listeners = new Map<string, Array<(event: Event) => void>>();

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = CLOSED;
  }

  open(): void {
    this.readyState = OPEN;
    this.emit("open", new Event("open"));
  }

  message(type: string, data: string): void {
    this.emit(type, new MessageEvent(type, { data }));
  }

  /** A connection failure; `readyState` says whether the browser retries it itself. */
  fail(readyState: number): void {
    this.readyState = readyState;
    this.emit("error", new Event("error"));
  }

  private emit(type: string, event: Event): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function harness(handlers: Partial<EventSourceHandlers> = {}) {
  const sources: FakeEventSource[] = [];
  let connection: EventSourceConnection = "idle";
  const seen: string[] = [];
  const gaps = vi.fn();
  const stop = openEventStream(
    "/events",
    () => ({ events: { status: (data) => seen.push(data) }, onServerError: () => "retry", onResumedAfterGap: gaps, ...handlers }),
    {
      onConnection: (update) => (connection = update(connection)),
      createEventSource: () => {
        const source = new FakeEventSource();
        sources.push(source);
        return source;
      },
    },
  );
  return { sources, seen, gaps, stop, connection: () => connection, latest: () => sources[sources.length - 1] };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("openEventStream", () => {
  it("after the server's error event opens the stream again with a backoff of 1 s doubling to 30 s", () => {
    const h = harness();
    h.latest().open();
    expect(h.connection()).toBe("open");
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      h.latest().message("error", '{"type":"error"}');
      expect(h.connection()).toBe("reconnecting");
      const before = h.sources.length;
      let waited = 0;
      while (h.sources.length === before) {
        vi.advanceTimersByTime(250);
        waited += 250;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(h.sources.slice(0, -1).every((s) => s.closed)).toBe(true);
  });

  it("re-reads once after a gap, at the first event of the new stream, and starts the backoff over", () => {
    const h = harness();
    h.latest().message("status", "s1");
    h.latest().fail(CLOSED);
    vi.advanceTimersByTime(1_000);
    h.latest().fail(CLOSED);
    vi.advanceTimersByTime(2_000);
    expect(h.sources).toHaveLength(3);
    h.latest().open();
    expect(h.gaps).not.toHaveBeenCalled();
    h.latest().message("status", "s2");
    h.latest().message("status", "s3");
    expect(h.gaps).toHaveBeenCalledTimes(1);
    expect(h.seen).toEqual(["s1", "s2", "s3"]);
    h.latest().fail(CLOSED);
    vi.advanceTimersByTime(1_000);
    expect(h.sources, "the backoff is back at 1 s").toHaveLength(4);
  });

  it("leaves a dropped connection to the browser's own Last-Event-ID resume", () => {
    const h = harness();
    h.latest().open();
    h.latest().fail(CONNECTING);
    expect(h.connection()).toBe("reconnecting");
    vi.advanceTimersByTime(60_000);
    expect(h.sources).toHaveLength(1);
    expect(h.latest().closed).toBe(false);
  });

  it("ends the stream when the caller says so, after an error event or from a handler", () => {
    const failed = harness({ onServerError: () => "close" });
    failed.latest().message("error", '{"type":"error"}');
    vi.advanceTimersByTime(60_000);
    expect(failed.sources).toHaveLength(1);
    expect(failed.connection()).toBe("closed");

    const sources: FakeEventSource[] = [];
    openEventStream("/events", (stream) => ({ events: { status: () => stream.close() }, onServerError: () => "retry" }), {
      onConnection: () => {},
      createEventSource: () => sources[sources.push(new FakeEventSource()) - 1],
    });
    sources[0].message("status", "final");
    expect(sources[0].closed).toBe(true);
    sources[0].fail(CLOSED);
    vi.advanceTimersByTime(60_000);
    expect(sources).toHaveLength(1);
  });

  it("stops for good when its owner stops it", () => {
    const onStop = vi.fn();
    const h = harness({ onStop });
    h.latest().fail(CLOSED);
    h.stop();
    vi.advanceTimersByTime(60_000);
    expect(h.sources).toHaveLength(1);
    expect(onStop).toHaveBeenCalledTimes(1);
  });
});
