import { randomBytes } from "node:crypto";

// The few WebSocket frames (RFC 6455) an inspector client needs: masked text frames out; text,
// continuation, close and ping frames in. Node 20 has no WebSocket client without a flag.

const OPCODE_CONTINUATION = 0x0;
const OPCODE_TEXT = 0x1;
const OPCODE_CLOSE = 0x8;
const OPCODE_PING = 0x9;
const OPCODE_PONG = 0xa;
const FIN = 0x80;
const MASKED = 0x80;

/** A client frame: clients must mask every frame they send. */
export function encodeClientFrame(payload: Buffer, opcode: number = OPCODE_TEXT, mask: Buffer = randomBytes(4)): Buffer {
  const length = payload.length;
  const lengthBytes = length < 126 ? 0 : length < 65_536 ? 2 : 8;
  const header = Buffer.alloc(2 + lengthBytes + 4);
  header[0] = FIN | opcode;
  if (lengthBytes === 0) header[1] = MASKED | length;
  else if (lengthBytes === 2) {
    header[1] = MASKED | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = MASKED | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  mask.copy(header, 2 + lengthBytes);
  const masked = Buffer.alloc(length);
  for (let i = 0; i < length; i++) masked[i] = payload[i] ^ mask[i & 3];
  return Buffer.concat([header, masked]);
}

export type InboundFrame = { kind: "text"; text: string } | { kind: "close" } | { kind: "ping"; payload: Buffer };

/** Splits a byte stream from the server into whole messages (fragmented text is joined). */
export class FrameDecoder {
  private buffered: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];

  push(chunk: Buffer): InboundFrame[] {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const out: InboundFrame[] = [];
    for (;;) {
      const frame = this.nextFrame();
      if (!frame) return out;
      const { fin, opcode, payload } = frame;
      if (opcode === OPCODE_TEXT || opcode === OPCODE_CONTINUATION) {
        this.fragments.push(payload);
        if (fin) {
          out.push({ kind: "text", text: Buffer.concat(this.fragments).toString("utf8") });
          this.fragments = [];
        }
      } else if (opcode === OPCODE_CLOSE) out.push({ kind: "close" });
      else if (opcode === OPCODE_PING) out.push({ kind: "ping", payload });
      else if (opcode !== OPCODE_PONG) throw new Error(`unsupported WebSocket opcode 0x${opcode.toString(16)} from the server`);
    }
  }

  private nextFrame(): { fin: boolean; opcode: number; payload: Buffer } | null {
    const b = this.buffered;
    if (b.length < 2) return null;
    const fin = (b[0] & FIN) !== 0;
    const opcode = b[0] & 0x0f;
    const masked = (b[1] & MASKED) !== 0;
    let length = b[1] & 0x7f;
    let at = 2;
    if (length === 126) {
      if (b.length < 4) return null;
      length = b.readUInt16BE(2);
      at = 4;
    } else if (length === 127) {
      if (b.length < 10) return null;
      length = Number(b.readBigUInt64BE(2));
      at = 10;
    }
    const maskAt = at;
    if (masked) at += 4;
    if (b.length < at + length) return null;
    let payload = b.subarray(at, at + length);
    if (masked) {
      const mask = b.subarray(maskAt, maskAt + 4);
      payload = Buffer.from(payload.map((byte, i) => byte ^ mask[i & 3]));
    }
    this.buffered = b.subarray(at + length);
    return { fin, opcode, payload: Buffer.from(payload) };
  }
}

export const PONG_OPCODE = OPCODE_PONG;
export const CLOSE_OPCODE = OPCODE_CLOSE;
