export const HEARTBEAT_INTERVAL_MS = 15_000;

/** The SSE comment sent while a stream is idle, so proxies and browsers keep the connection. */
export const PING_BYTES: Uint8Array = new TextEncoder().encode(": ping\n\n");

/** Calls `ping` whenever nothing was written for `intervalMs`; `wrote` tells it that something was. */
export class Heartbeat {
  private lastWriteMs = Date.now();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs: number, ping: () => void) {
    // Checked at half the interval, so an idle stream pings between one and one and a half intervals.
    this.timer = setInterval(
      () => {
        if (Date.now() - this.lastWriteMs < intervalMs) return;
        this.lastWriteMs = Date.now();
        ping();
      },
      Math.max(10, Math.floor(intervalMs / 2)),
    );
  }

  wrote(): void {
    this.lastWriteMs = Date.now();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
