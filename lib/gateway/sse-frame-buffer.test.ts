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
