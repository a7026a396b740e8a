import { describe, expect, it } from "vitest";
import { readSse } from "./sse";

function streamOf(chunks: string[], { fail = false, hang = false } = {}): Response {
  const encoder = new TextEncoder();
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) {
        controller.enqueue(encoder.encode(chunks[index++]));
        return;
      }
      if (fail) controller.error(new TypeError("terminated"));
      else if (!hang) controller.close();
      else return new Promise(() => undefined);
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream" } });
}

const STATUS = 'event: task_group_status\ndata: {"type":"task_group_status","event_id":"e1"}\n\n';
const STATE = 'event: task_run.state\ndata: {"type":"task_run.state","event_id":"e2","run":{"run_id":"trun_1"}}\n\n';
const PING = ": ping\n\n";

describe("readSse", () => {
  it("returns each event block verbatim, parsed events, comments, and a clean close", async () => {
    const read = await readSse(streamOf([STATUS, PING, STATE]));
    expect(read.frames).toEqual([STATUS, STATE]);
    expect(read.events.map((e) => e.event)).toEqual(["task_group_status", "task_run.state"]);
    expect(read.events[1].data).toEqual({ type: "task_run.state", event_id: "e2", run: { run_id: "trun_1" } });
    expect(read.comments).toEqual(["ping"]);
    expect(read.ended).toBe("closed");
    expect(read.trailing).toBe("");
  });

  it("gives the same result when the bytes arrive one at a time", async () => {
    const whole = STATUS + PING + STATE;
    const read = await readSse(streamOf([...whole]));
    expect(read.frames).toEqual([STATUS, STATE]);
    expect(read.events).toHaveLength(2);
    expect(read.comments).toEqual(["ping"]);
  });

  it("keeps non-JSON data as text and does not hide a frame that breaks the expected format", async () => {
    const odd = "event: x\ndata: not json\ndata: second line\n\n";
    const read = await readSse(streamOf([odd]));
    expect(read.frames).toEqual([odd]);
    expect(read.events[0].data).toBe("not json\nsecond line");
  });

  it("stops after maxEvents even when more events arrived in the same chunk", async () => {
    const read = await readSse(streamOf([STATUS + STATE + STATE, STATE]), { maxEvents: 2 });
    expect(read.ended).toBe("stopped");
    expect(read.events).toHaveLength(2);
    expect(read.frames).toHaveLength(2);
  });

  it("stops when the predicate holds, counting comments", async () => {
    const read = await readSse(streamOf([PING, PING, STATE], { hang: true }), {
      until: (r) => r.comments.length >= 2,
    });
    expect(read.ended).toBe("stopped");
    expect(read.events).toHaveLength(0);
  });

  it("reports a connection cut mid-frame as aborted, with the partial frame left over", async () => {
    const read = await readSse(streamOf([STATUS, 'event: task_run.state\ndata: {"ty'], { fail: true }));
    expect(read.ended).toBe("aborted");
    expect(read.events).toHaveLength(1);
    expect(read.trailing).toBe('event: task_run.state\ndata: {"ty');
  });

  it("gives up at the time limit on a stream that never ends", async () => {
    const read = await readSse(streamOf([STATUS], { hang: true }), { timeLimitMs: 100 });
    expect(read.ended).toBe("timeout");
    expect(read.events).toHaveLength(1);
    expect(read.elapsedMs).toBeGreaterThanOrEqual(90);
    expect(read.elapsedMs).toBeLessThan(2_000);
  });
});
