import { describe, expect, it } from "vitest";
import { SseFrameBuffer } from "./sse-frame-buffer";
import { splitFrames } from "./split-frames";

const frame = (type: string, data: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

describe("SseFrameBuffer", () => {
  it("holds back a partial event and reports the last event_id of the whole ones", () => {
    const buffer = new SseFrameBuffer();
    const a = frame("task_run.state", { event_id: "e1", run: { output: { event_id: "nested" } } });
    const b = frame("task_run.state", { event_id: "e2" });
    const first = buffer.push(a + b.slice(0, 10));
    expect(first).toMatchObject({ text: a, lastEventId: "e1", lastEventType: "task_run.state" });
    expect(buffer.hasPartial).toBe(true);
    expect(buffer.push(b.slice(10))).toMatchObject({ text: b, lastEventId: "e2" });
    expect(buffer.hasPartial).toBe(false);
  });

  it("keeps the cursor of the last event that had one when an error event follows", () => {
    const buffer = new SseFrameBuffer();
    const chunk = buffer.push(frame("task_run.state", { event_id: "e7" }) + frame("error", { error: { message: "x" } }) + ": ping\n\n");
    expect(chunk).toMatchObject({ lastEventId: "e7", lastEventType: "error" });
  });

  it("accepts CRLF line endings", () => {
    const buffer = new SseFrameBuffer();
    expect(buffer.push('event: task_group_status\r\ndata: {"event_id":"e3"}\r\n\r\n')).toMatchObject({ lastEventId: "e3" });
  });

  it("accepts a CRLF cut between two chunks without inventing a blank line", () => {
    const buffer = new SseFrameBuffer();
    expect(buffer.push('event: a\r\ndata: {"event_id":"e1"}\r')).toBeNull();
    const chunk = buffer.push('\n\r\nevent: b\r\ndata: {"event_id":"e2"}\r\n\r\n');
    expect(chunk?.text).toBe('event: a\ndata: {"event_id":"e1"}\n\nevent: b\ndata: {"event_id":"e2"}\n\n');
    expect(chunk?.lastEventId).toBe("e2");
  });

  it("forwards the upstream bytes untouched, a multi-byte character cut between chunks included", () => {
    const buffer = new SseFrameBuffer();
    const event = new TextEncoder().encode(frame("task_run.state", { event_id: "e5", output: "Zürich — 東京 🚀" }));
    const cut = event.indexOf(0xf0) + 2;
    expect(buffer.push(event.subarray(0, cut))).toBeNull();
    const chunk = buffer.push(event.subarray(cut));
    expect(Buffer.concat(chunk!.parts).equals(Buffer.from(event))).toBe(true);
    expect(chunk?.lastData).toMatchObject({ output: "Zürich — 東京 🚀" });
  });

  it("finds an event's end in the blank line cut between two chunks, and its id in the chunk before", () => {
    const buffer = new SseFrameBuffer();
    const event = 'event: task_run.state\ndata: {"event_id":"e1","note":"first"}\n';
    expect(buffer.push(event)).toBeNull();
    const chunk = buffer.push("\n");
    expect(chunk).toMatchObject({ text: `${event}\n`, lastEventId: "e1", lastData: { note: "first" } });
    expect(buffer.hasPartial).toBe(false);
  });

  it("reads the id of an event begun in one chunk and ended in the next, after a comment-only chunk", () => {
    const buffer = new SseFrameBuffer();
    expect(buffer.push(": ping\n\nevent: task_run.state\ndata: {\"event_id\":\"e4\",\"x\":\"")).toMatchObject({ lastEventId: null, lastEventType: null });
    expect(buffer.push('yy"}\n\n')).toMatchObject({ lastEventId: "e4", lastData: { x: "yy" } });
  });

  it("returns nothing until an event is complete", () => {
    expect(new SseFrameBuffer().push("event: x\ndata: {}\n")).toBeNull();
  });
});

describe("splitFrames", () => {
  it("splits whole events, drops heartbeats, and reads each top-level event_id", () => {
    const text = frame("task_group_status", { event_id: "s1", status: {} }) + ": ping\n\n" + frame("task_run.state", { event_id: "e9", output: { event_id: "no" } });
    expect(splitFrames(text).map((e) => [e.type, e.eventId])).toEqual([
      ["task_group_status", "s1"],
      ["task_run.state", "e9"],
    ]);
  });
});
