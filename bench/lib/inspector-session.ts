import { randomBytes } from "node:crypto";
import { request } from "node:http";
import type { Socket } from "node:net";
import { CLOSE_OPCODE, encodeClientFrame, FrameDecoder, PONG_OPCODE } from "./websocket-frames";

// A Chrome DevTools Protocol session with a Node process's inspector (`--inspect`), over a
// WebSocket: enough to force a garbage collection and read the heap from outside the process.

const CALL_TIMEOUT_MS = 120_000;

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class InspectorSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;
  /** Protocol events (messages without an id), e.g. HeapProfiler.addHeapSnapshotChunk. */
  onEvent: ((method: string, params: unknown) => void) | null = null;

  private constructor(private readonly socket: Socket) {
    const decoder = new FrameDecoder();
    socket.on("data", (chunk: Buffer) => {
      for (const frame of decoder.push(chunk)) {
        if (frame.kind === "ping") socket.write(encodeClientFrame(frame.payload, PONG_OPCODE));
        else if (frame.kind === "close") this.fail(new Error("the inspector closed the session"));
        else this.onMessage(frame.text);
      }
    });
    socket.on("close", () => this.fail(new Error("the inspector connection closed")));
    socket.on("error", (error) => this.fail(error));
  }

  /** Connects to `ws://host:port/<uuid>` as listed by the inspector's `/json/list`. */
  static connect(webSocketUrl: string): Promise<InspectorSession> {
    const url = new URL(webSocketUrl);
    return new Promise((resolve, reject) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: {
          Connection: "Upgrade",
          Upgrade: "websocket",
          "Sec-WebSocket-Version": "13",
          "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
        },
      });
      req.on("upgrade", (_res, socket, head) => {
        const session = new InspectorSession(socket);
        if (head.length > 0) socket.emit("data", head);
        resolve(session);
      });
      req.on("response", (res) =>
        reject(new Error(`the inspector at ${webSocketUrl} answered ${res.statusCode} instead of a WebSocket upgrade`)),
      );
      req.on("error", reject);
      req.end();
    });
  }

  call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`inspector session closed; cannot call ${method}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`inspector call ${method} got no answer within ${CALL_TIMEOUT_MS} ms`));
      }, CALL_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject, timer });
      this.socket.write(encodeClientFrame(Buffer.from(JSON.stringify({ id, method, params }))));
    });
  }

  close(): void {
    if (this.closed) return;
    this.socket.end(encodeClientFrame(Buffer.alloc(0), CLOSE_OPCODE));
    this.fail(new Error("inspector session closed"));
  }

  private onMessage(text: string): void {
    const message = JSON.parse(text) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };
    if (message.id === undefined) {
      if (message.method) this.onEvent?.(message.method, message.params);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.error) waiting.reject(new Error(`inspector: ${message.error.message}`));
    else waiting.resolve(message.result);
  }

  private fail(error: Error): void {
    this.closed = true;
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
      this.pending.delete(id);
    }
    this.socket.destroy();
  }
}
