// A circuit breaker per platform (opossum): after `failures` failed requests in a row (a request
// fails once, after its retries) it opens, so calls fail at once instead of waiting on a platform
// that is down; after `resetMs` it lets one request through (half-open), and closes again when that
// one succeeds. Not-found and rate-limited answers are the platform working as documented: they do
// not count.
import CircuitBreaker from 'opossum';
import { isPlatformError } from './platform-error.js';

export interface BreakerSettings {
  /** Consecutive failed requests (each after its retries) that open the breaker. */
  failures: number;
  /** How long it stays open before one request may try again. */
  resetMs: number;
}

export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export class PlatformBreaker {
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private consecutive = 0;
  private openedAt: number | undefined;

  constructor(readonly settings: BreakerSettings) {
    this.breaker = new CircuitBreaker((call: () => Promise<unknown>) => call(), {
      // The request function has its own timeout and counts the failures; opossum keeps the state.
      timeout: false,
      errorThresholdPercentage: 100,
      resetTimeout: settings.resetMs,
      rollingCountTimeout: 60_000,
      rollingCountBuckets: 12,
      errorFilter: (error: unknown) => !(isPlatformError(error) && error.transient),
    });
    this.breaker.on('success', () => (this.consecutive = 0));
    this.breaker.on('failure', () => {
      if (++this.consecutive >= settings.failures) this.breaker.open();
    });
    this.breaker.on('open', () => (this.openedAt = Date.now()));
    this.breaker.on('close', () => ((this.openedAt = undefined), (this.consecutive = 0)));
  }

  get state(): BreakerState {
    if (this.breaker.opened) return 'OPEN';
    return this.breaker.halfOpen ? 'HALF_OPEN' : 'CLOSED';
  }

  /** Seconds until an open breaker lets a request try again. */
  get retryAfterSeconds(): number | undefined {
    if (this.openedAt === undefined || !this.breaker.opened) return undefined;
    return Math.max(0, Math.ceil((this.openedAt + this.settings.resetMs - Date.now()) / 1000));
  }

  /** Failed requests and requests in the last minute (rejections of an open breaker not counted). */
  recent(): { calls: number; failures: number } {
    const stats = this.breaker.stats;
    return { calls: stats.fires - stats.rejects, failures: stats.failures };
  }

  /** Runs `call` unless the breaker is open; rejects with opossum's EOPENBREAKER error when it is. */
  fire<T>(call: () => Promise<T>): Promise<T> {
    return this.breaker.fire(call) as Promise<T>;
  }

  static isOpenError(error: unknown): boolean {
    return (error as { code?: string } | null)?.code === 'EOPENBREAKER';
  }

  shutdown(): void {
    this.breaker.shutdown();
  }
}
