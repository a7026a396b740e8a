import { describe, expect, it } from "vitest";
import { frameChunkOfText, SseFrameBuffer } from "./sse-frame-buffer";

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
    expect(buffer.push(': ping\n\nevent: task_run.state\ndata: {"event_id":"e4","x":"')).toMatchObject({
      lastEventId: null,
      lastEventType: null,
    });
    expect(buffer.push('yy"}\n\n')).toMatchObject({ lastEventId: "e4", lastData: { x: "yy" } });
  });

  it("returns nothing until an event is complete", () => {
    expect(new SseFrameBuffer().push("event: x\ndata: {}\n")).toBeNull();
  });
});

describe("FrameChunk.events", () => {
  it("splits whole events, drops heartbeats, and reads each top-level event_id", () => {
    const text =
      frame("task_group_status", { event_id: "s1", status: {} }) +
      ": ping\n\n" +
      frame("task_run.state", { event_id: "e9", output: { event_id: "no" } });
    expect(
      new SseFrameBuffer()
        .push(text)!
        .events()
        .map((e) => [e.type, e.eventId]),
    ).toEqual([
      ["task_group_status", "s1"],
      ["task_run.state", "e9"],
    ]);
  });
});

describe("SseFrameBuffer line endings and fields", () => {
  const types = (chunk: ReturnType<SseFrameBuffer["push"]>) => chunk?.events().map((e) => [e.type, e.eventId, e.data]);

  it("reads LF, CRLF and lone CR line endings alike", () => {
    for (const end of ["\n", "\r\n", "\r"]) {
      const chunk = new SseFrameBuffer().push(`event: a${end}data: {"event_id":"e1"}${end}${end}`);
      expect(types(chunk), JSON.stringify(end)).toEqual([["a", "e1", '{"event_id":"e1"}']]);
    }
  });

  it("keeps lone-CR events apart when the CRs fall at the ends of chunks", () => {
    const buffer = new SseFrameBuffer();
    expect(buffer.push('event: a\rdata: {"event_id":"e1"}\r')).toBeNull();
    const chunk = buffer.push('\revent: b\rdata: {"event_id":"e2"}\r\r');
    expect(types(chunk)).toEqual([
      ["a", "e1", '{"event_id":"e1"}'],
      ["b", "e2", '{"event_id":"e2"}'],
    ]);
  });

  it("skips comment lines inside an event and leaves comment-only blocks out of the events", () => {
    const chunk = new SseFrameBuffer().push(': hello\n\nevent: a\n: note\ndata: {"event_id":"e1"}\n\n: ping\n\n');
    expect(types(chunk)).toEqual([["a", "e1", '{"event_id":"e1"}']]);
    expect(chunk).toMatchObject({ lastEventId: "e1", lastEventType: "a" });
  });

  it("joins multi-line data with LF and parses it as one JSON value", () => {
    const chunk = new SseFrameBuffer().push('event: a\ndata: {"event_id":"e1",\ndata:"note":"two lines"}\n\n');
    expect(chunk?.events()[0]?.json).toEqual({ event_id: "e1", note: "two lines" });
    expect(chunk?.lastData).toEqual({ event_id: "e1", note: "two lines" });
  });

  it("gives each event its own bytes when an event is split across chunks", () => {
    const buffer = new SseFrameBuffer();
    const a = frame("task_run.state", { event_id: "e1" });
    const b = frame("task_run.state", { event_id: "e2" });
    const first = buffer.push(a + b.slice(0, 15));
    const second = buffer.push(b.slice(15));
    const text = (chunk: typeof first) => chunk!.events().map((e) => Buffer.from(e.bytes).toString("utf8"));
    expect(text(first)).toEqual([a]);
    expect(text(second)).toEqual([b]);
  });

  it("takes the cursor of an id-only event, which carries no data", () => {
    const chunk = new SseFrameBuffer().push(`${frame("task_run.state", { event_id: "e1" })}id: e2\n\n`);
    expect(chunk).toMatchObject({ lastEventId: "e2" });
    expect(types(chunk)).toEqual([
      ["task_run.state", "e1", JSON.stringify({ type: "task_run.state", event_id: "e1" })],
      ["message", "e2", null],
    ]);
  });

  it("prefers the id field to the event_id in the data, and reads a field without a space after its colon", () => {
    const chunk = new SseFrameBuffer().push('event:a\nid:f1\ndata:{"event_id":"e1"}\n\n');
    expect(types(chunk)).toEqual([["a", "f1", '{"event_id":"e1"}']]);
  });

  it("says clearly when the gateway builds a chunk that does not end with a blank line", () => {
    expect(() => frameChunkOfText("event: error\ndata: {}\n")).toThrow(/must end with a blank line/);
  });
});
