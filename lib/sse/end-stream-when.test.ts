import { describe, expect, it } from "vitest";
import { EventWatcher } from "../gateway/event-watcher";
import { endlessStream } from "../testing/endless-stream";
import { endStreamWhen, type StreamEndRule } from "./end-stream-when";
import type { FrameChunk } from "./sse-frame-buffer";
import { sseResponse } from "./sse-response";

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A rule ended by calling `endNow`; counts its subscriptions still held. */
function switchRule(farewell?: string) {
  let must = false;
  const rechecks = new Set<() => void>();
  const rule: StreamEndRule = {
    subscribe: (recheck) => {
      rechecks.add(recheck);
      return () => rechecks.delete(recheck);
    },
    shouldEnd: async () => must,
    recheckIntervalMs: 60_000,
    farewell,
  };
  return {
    rule,
    subscribed: () => rechecks.size,
    endNow: () => {
      must = true;
      for (const recheck of rechecks) recheck();
    },
  };
}

function eventStreamAnswer(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

describe("endStreamWhen", () => {
  it("relays a stream once however many rules apply, and ends it with the farewell of the rule that ended it", async () => {
    const { response, cancelled } = endlessStream(": hello\n\n");
    const session = switchRule();
    const shutdown = switchRule("retry: 1000\n\n");
    const once = endStreamWhen(response, session.rule);
    const twice = endStreamWhen(once, shutdown.rule);
    expect(once).not.toBe(response);
    expect(twice).toBe(once);

    const reader = twice.body!.getReader();
    expect(decode((await reader.read()).value)).toBe(": hello\n\n");
    shutdown.endNow();
    expect(decode((await reader.read()).value)).toBe("retry: 1000\n\n");
    expect((await reader.read()).done).toBe(true);
    await cancelled;
    // Both rules let go of their signals once the stream ended.
    expect([session.subscribed(), shutdown.subscribed()]).toEqual([0, 0]);
  });

  it("ends an events-hub watcher itself, without relaying it, and lets go of the rules when the watcher closes", async () => {
    const watcher = new EventWatcher({ heartbeatMs: 60_000, timeoutMs: null, withIdLines: false, onGone: () => {} });
    const response = eventStreamAnswer(watcher.body);
    const session = switchRule();
    const shutdown = switchRule("retry: 1000\n\n");
    expect(endStreamWhen(endStreamWhen(response, session.rule), shutdown.rule)).toBe(response);

    const reader = watcher.body.getReader();
    watcher.sendBytes(new TextEncoder().encode("data: 1\n\n"));
    expect(decode((await reader.read()).value)).toBe("data: 1\n\n");
    shutdown.endNow();
    await expect.poll(() => watcher.isClosed).toBe(true);
    expect(decode((await reader.read()).value)).toBe("retry: 1000\n\n");
    expect((await reader.read()).done).toBe(true);
    expect([session.subscribed(), shutdown.subscribed()]).toEqual([0, 0]);

    // A watcher the hub closes (its group ended) also releases the rules.
    const other = new EventWatcher({ heartbeatMs: 60_000, timeoutMs: null, withIdLines: false, onGone: () => {} });
    const rule = switchRule();
    endStreamWhen(eventStreamAnswer(other.body), rule.rule);
    expect(rule.subscribed()).toBe(1);
    other.close();
    expect(rule.subscribed()).toBe(0);
  });

  it("ends a relayed upstream stream without relaying it again, and stops reading its source", async () => {
    let sourceStopped = false;
    let nextEventArrives!: () => void;
    const frame = (text: string) => ({ parts: [new TextEncoder().encode(text)] }) as unknown as FrameChunk;
    async function* frames(): AsyncGenerator<FrameChunk> {
      try {
        yield frame("data: 1\n\n");
        await new Promise<void>((resolve) => (nextEventArrives = resolve));
        yield frame("data: 2\n\n");
      } finally {
        sourceStopped = true;
      }
    }
    const response = sseResponse(frames(), 60_000);
    const session = switchRule();
    const shutdown = switchRule("retry: 1000\n\n");
    expect(endStreamWhen(endStreamWhen(response, session.rule), shutdown.rule)).toBe(response);

    const reader = response.body!.getReader();
    expect(decode((await reader.read()).value)).toBe("data: 1\n\n");
    await expect.poll(() => nextEventArrives).toBeDefined();
    shutdown.endNow();
    expect(decode((await reader.read()).value)).toBe("retry: 1000\n\n");
    expect((await reader.read()).done).toBe(true);
    expect([session.subscribed(), shutdown.subscribed()]).toEqual([0, 0]);
    // The source is told to stop: it does at its next step, and what it had is not sent.
    nextEventArrives();
    await expect.poll(() => sourceStopped).toBe(true);
  });

  it("passes other answers through untouched", () => {
    const json = Response.json({ ok: true });
    const rule = switchRule();
    expect(endStreamWhen(json, rule.rule)).toBe(json);
    expect(rule.subscribed()).toBe(0);
  });
});
