/** A fixed-window request counter: the shape of the limits the platforms document (N per second / minute). */
export class FixedWindow {
  private startedAt = Number.NEGATIVE_INFINITY;
  private count = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request. `resetAt` is when the current window ends (ms since epoch). */
  hit(): { allowed: boolean; remaining: number; resetAt: number; retryAfterSeconds: number } {
    const now = this.now();
    if (now - this.startedAt >= this.windowMs) {
      this.startedAt = now;
      this.count = 0;
    }
    this.count += 1;
    const resetAt = this.startedAt + this.windowMs;
    return {
      allowed: this.count <= this.limit,
      remaining: Math.max(0, this.limit - this.count),
      resetAt,
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)),
    };
  }
}
