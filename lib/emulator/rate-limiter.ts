const ONE_MINUTE_MS = 60_000;

/** A sliding window (one minute, as the real API's limit) of accepted requests per key. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perWindow: number,
    private readonly windowMs = ONE_MINUTE_MS,
  ) {}

  /** Records a request; returns 0 when allowed, else the seconds to wait before retrying. */
  take(key: string, nowMs = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > nowMs - this.windowMs);
    if (recent.length >= this.perWindow) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0] + this.windowMs - nowMs) / 1_000));
    }
    recent.push(nowMs);
    this.hits.set(key, recent);
    return 0;
  }
}
