import { describe, expect, it, vi } from "vitest";
import { upstreamStreamOf } from "@/lib/parallel/upstream-stream";
import { GroupChannel, type ChannelHooks } from "./group-channel";

const encoder = new TextEncoder();

function statusEvent(n: number, active: boolean): string {
  return `event: task_group_status\ndata: ${JSON.stringify({ type: "task_group_status", event_id: `s${n}`, status: { is_active: active, num_task_runs: 3 } })}\n\n`;
}

function runEvent(n: number): string {
  return `event: task_run.state\ndata: ${JSON.stringify({ type: "task_run.state", event_id: `e${n}`, run: { run_id: `trun_${n}`, status: "completed" } })}\n\n`;
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<string[]> {
  const text = await new Response(body).text();
  return [...text.matchAll(/"event_id":"([^"]+)"/g)].map((m) => m[1]);
}

/** A channel on an upstream the test writes to, and a promise of its end. */
function openChannel(groupId: string, hooks: ChannelHooks = {}) {
  let ended!: () => void;
  const endedNow = new Promise<void>((resolve) => (ended = resolve));
  let upstream!: ReadableStreamDefaultController<Uint8Array>;
  const channel = new GroupChannel({
    groupId,
    first: upstreamStreamOf(new Response(new ReadableStream<Uint8Array>({ start: (c) => void (upstream = c) }))),
    abort: new AbortController(),
    reopen: () => Promise.reject(new Error("the test did not expect a reconnect")),
    heartbeatMs: 60_000,
    hooks,
    onEnd: () => ended(),
    onIdle: () => undefined,
  });
  return { channel, upstream, endedNow };
}

describe("GroupChannel", () => {
  it("gives a watcher who joins while events are being dispatched each event once, in order", async () => {
    let upstream!: ReadableStreamDefaultController<Uint8Array>;
    const first = upstreamStreamOf(new Response(new ReadableStream<Uint8Array>({ start: (c) => void (upstream = c) })));
    let late: ReadableStream<Uint8Array> | null = null;
    let ended!: () => void;
    const endedNow = new Promise<void>((resolve) => (ended = resolve));
    const channel: GroupChannel = new GroupChannel({
      groupId: "tgrp_test",
      first,
      abort: new AbortController(),
      reopen: () => Promise.reject(new Error("the test did not expect a reconnect")),
      heartbeatMs: 60_000,
      hooks: {
        // Runs while e2 is logged but not yet sent to the watchers already there.
        onRunState: (_group, event) => {
          if ((event as { event_id: string }).event_id === "e2") late = channel.join("replay", null, null);
        },
      },
      onEnd: () => ended(),
      onIdle: () => undefined,
    });
    const early = channel.join("replay", null, null)!;
    const earlyRead = readAll(early);

    upstream.enqueue(encoder.encode(statusEvent(0, true) + runEvent(1)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    upstream.enqueue(encoder.encode(runEvent(2) + runEvent(3)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    upstream.enqueue(encoder.encode(statusEvent(4, false)));
    upstream.close();
    await endedNow;

    const everything = ["s0", "e1", "e2", "e3", "s4"];
    expect(await earlyRead).toEqual(everything);
    expect(late).not.toBeNull();
    expect(await readAll(late!)).toEqual(everything);
  });

  it("forwards each event's bytes as upstream sent them, even bytes that are not valid UTF-8", async () => {
    // A byte the gateway cannot decode is still the upstream's to send: the hub passes it on untouched.
    const run = encoder.encode(runEvent(1));
    const at = run.indexOf(encoder.encode("completed")[0]);
    const sent = Buffer.concat([
      encoder.encode(statusEvent(0, true)),
      run.subarray(0, at),
      Buffer.from([0xff]),
      run.subarray(at),
      encoder.encode(statusEvent(2, false)),
    ]);
    const { channel, upstream, endedNow } = openChannel("tgrp_bytes");
    const watcher = channel.join("replay", null, null)!;
    const received = new Response(watcher).arrayBuffer();
    upstream.enqueue(sent.subarray(0, 100));
    upstream.enqueue(sent.subarray(100));
    upstream.close();
    await endedNow;
    expect(Buffer.from(await received).equals(sent)).toBe(true);
  });

  it("gives the live feed's run events `id:` lines, so a browser resumes with Last-Event-ID on any instance, exactly after it", async () => {
    let statuses = 0;
    const { channel, upstream, endedNow } = openChannel("tgrp_ids", { onStatus: () => void statuses++ });
    const live = new Response(channel.join("live", null, null)!).text();
    const relayed = new Response(channel.join("replay", null, null)!).text();
    const sent = statusEvent(0, true) + runEvent(1) + runEvent(2) + statusEvent(3, true);
    upstream.enqueue(encoder.encode(sent));
    await vi.waitFor(() => expect(statuses).toBe(2));
    // A browser that saw e1 on another instance comes back with it (a status id is that connection's own: not sent).
    const resumed = new Response(channel.join("live", "e1", null)!).text();
    upstream.enqueue(encoder.encode(runEvent(4) + statusEvent(5, false)));
    upstream.close();
    await endedNow;

    const idsSent = (text: string) => [...text.matchAll(/^id: (.*)$/gm)].map((m) => m[1]);
    expect(idsSent(await live)).toEqual(["e1", "e2", "e4"]);
    expect(await relayed, "the relayed API is passed on byte for byte").toBe(sent + runEvent(4) + statusEvent(5, false));
    const afterE1 = await resumed;
    expect(await readAll(new Response(afterE1).body!)).toEqual(["e2", "s3", "e4", "s5"]);
    expect(idsSent(afterE1)).toEqual(["e2", "e4"]);
  });

  it("serves a live watcher resuming after an event the fresh channel has not read yet from just after that event (a handoff)", async () => {
    let runStates = 0;
    const { channel, upstream, endedNow } = openChannel("tgrp_handoff", { onRunState: () => void runStates++ });
    // The browser saw e2 on the instance that shut down; this instance's channel has read nothing yet.
    const resumed = new Response(channel.join("live", "e2", null)!).text();
    expect(channel.watcherCount).toBe(1);
    upstream.enqueue(encoder.encode(statusEvent(0, true) + runEvent(1)));
    await vi.waitFor(() => expect(runStates).toBe(1));
    upstream.enqueue(encoder.encode(runEvent(2) + runEvent(3)));
    await vi.waitFor(() => expect(runStates).toBe(3));
    upstream.enqueue(encoder.encode(runEvent(4) + statusEvent(5, false)));
    upstream.close();
    await endedNow;

    expect(await readAll(new Response(await resumed).body!)).toEqual(["e3", "e4", "s5"]);
  });

  it("still refuses a resuming relay watcher whose cursor the log does not hold (the caller relays it on its own connection)", () => {
    const { channel } = openChannel("tgrp_relay_cursor");
    expect(channel.join("replay", "e2", null)).toBeNull();
  });
});
