import { describe, expect, it } from "vitest";
import { encodeClientFrame, FrameDecoder } from "./websocket-frames";

function serverFrame(opcode: number, payload: Buffer, fin = true): Buffer {
  const header =
    payload.length < 126
      ? Buffer.from([(fin ? 0x80 : 0) | opcode, payload.length])
      : Buffer.from([(fin ? 0x80 : 0) | opcode, 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([header, payload]);
}

describe("WebSocket frames for the inspector client", () => {
  it.each([5, 125, 126, 70_000])("a masked client frame of %i bytes decodes back to its text", (size) => {
    // "é" is two bytes in UTF-8: the frame carries exactly `size` bytes.
    const text = `é${"x".repeat(size - 2)}`;
    const frame = encodeClientFrame(Buffer.from(text));
    expect(frame[1] & 0x80).toBe(0x80);
    expect(new FrameDecoder().push(frame)).toEqual([{ kind: "text", text }]);
  });

  it("messages cut anywhere between chunks come out whole, once each", () => {
    const bytes = Buffer.concat([serverFrame(1, Buffer.from('{"id":1}')), serverFrame(1, Buffer.from("a".repeat(300)))]);
    const decoder = new FrameDecoder();
    const out = [...bytes].flatMap((byte) => decoder.push(Buffer.from([byte])));
    expect(out).toEqual([
      { kind: "text", text: '{"id":1}' },
      { kind: "text", text: "a".repeat(300) },
    ]);
  });

  it("a fragmented message is joined, and close and ping frames are reported", () => {
    const bytes = Buffer.concat([
      serverFrame(1, Buffer.from("hel"), false),
      serverFrame(9, Buffer.from("p")),
      serverFrame(0, Buffer.from("lo")),
      serverFrame(8, Buffer.alloc(0)),
    ]);
    expect(new FrameDecoder().push(bytes)).toEqual([
      { kind: "ping", payload: Buffer.from("p") },
      { kind: "text", text: "hello" },
      { kind: "close" },
    ]);
  });
});
