import { createServer } from "node:net";
import { InspectorSession } from "./inspector-session";

// The Next server's heap seen from outside: the console is started with `--inspect-port` in
// NODE_OPTIONS (which opens nothing by itself), and SIGUSR1 makes only next-server open its inspector
// on that port, so no product code serves the benchmark.

const INSPECTOR_READY_TIMEOUT_MS = 30_000;
const MB = 1_000_000;

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port assigned"))));
    });
  });
}

/** NODE_OPTIONS for a process tree whose next-server will open its inspector on `port` when asked. */
export function inspectablePortOptions(port: number, current = process.env.NODE_OPTIONS ?? ""): string {
  return `${current} --inspect-port=127.0.0.1:${port}`.trim();
}

export interface HeapReading {
  /** V8 heap in use after a full garbage collection (Runtime.getHeapUsage usedSize). */
  usedMb: number;
  totalMb: number;
}

export class ServerInspector {
  private constructor(readonly session: InspectorSession) {}

  /** Sends SIGUSR1 to `pid` and connects once its inspector lists a target on `port`. */
  static async open(pid: number, port: number): Promise<ServerInspector> {
    process.kill(pid, "SIGUSR1");
    const deadline = Date.now() + INSPECTOR_READY_TIMEOUT_MS;
    let lastError = "";
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/json/list`);
        const targets = (await response.json()) as { webSocketDebuggerUrl?: string }[];
        const url = targets.find((t) => t.webSocketDebuggerUrl)?.webSocketDebuggerUrl;
        if (url) return new ServerInspector(await InspectorSession.connect(url));
        lastError = "no target listed";
      } catch (error) {
        lastError = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(
      `process ${pid} did not open its inspector on port ${port} within ${INSPECTOR_READY_TIMEOUT_MS} ms (${lastError}); was it started with --inspect-port?`,
    );
  }

  /** Heap after forcing full collections (two: the first may only free what finalizers then release). */
  async heapAfterGc(): Promise<HeapReading> {
    await this.session.call("HeapProfiler.collectGarbage");
    await this.session.call("HeapProfiler.collectGarbage");
    const usage = await this.session.call<{ usedSize: number; totalSize: number }>("Runtime.getHeapUsage");
    return { usedMb: usage.usedSize / MB, totalMb: usage.totalSize / MB };
  }

  close(): void {
    this.session.close();
  }
}
