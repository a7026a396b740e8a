const WINDOW_MS = 60_000;

/** A sliding one-minute window of accepted requests per key. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /** Records a request; returns 0 when allowed, else the seconds to wait before retrying. */
  take(key: string, nowMs = Date.now()): number {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > nowMs - WINDOW_MS);
    if (recent.length >= this.perMinute) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[0] + WINDOW_MS - nowMs) / 1_000));
    }
    recent.push(nowMs);
    this.hits.set(key, recent);
    return 0;
  }
}
