// A platform's documented request rate, enforced with bottleneck: one limiter per window ("3/s" and
// "60/min" for Jikan), chained. With Redis the windows are kept there, so every instance of
// AniGraph draws on one quota; while Redis is away each instance keeps to the rate on its own.
import Bottleneck from 'bottleneck';
import type { Logger } from '../logger.js';
import type { RedisConnection } from '../redis.js';
import type { ExternalPlatform } from './external-platforms.js';

export interface RateWindow {
  limit: number;
  perMs: number;
}

export interface QuotaWindow {
  limit: number;
  windowSeconds: number;
  /** Requests left in the current window (across instances when the quota is shared). */
  remaining: number | null;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** "3/s,60/min" or "1/2s": requests per window, each window a number and a unit (ms, s, min, h). */
export function parseRate(text: string): RateWindow[] {
  const windows = text.split(',').map((part) => {
    const match = /^\s*(\d+)\s*\/\s*(\d*)\s*(ms|s|sec|m|min|h)\s*$/.exec(part);
    if (!match || Number(match[1]) < 1) throw new Error(`"${part.trim()}" is not a rate like "3/s" or "60/min"`);
    return { limit: Number(match[1]), perMs: Number(match[2] || 1) * UNITS[match[3]] };
  });
  return windows.sort((a, b) => a.perMs - b.perMs);
}

export function describeRate(windows: readonly RateWindow[]): string {
  return windows.map((w) => `${w.limit}/${w.perMs % 60_000 === 0 ? `${w.perMs / 60_000}min` : `${w.perMs / 1000}s`}`).join(',');
}

export interface RateLimiterOptions {
  /** Shares the quota between instances: bottleneck's connection to Redis, and Redis's health. */
  shared?: { connection: Bottleneck.IORedisConnection; redis: RedisConnection };
  log: Logger;
}

/** One bottleneck connection for every platform's limiters, on its own Redis connection (it closes it). */
export function rateLimitConnection(redis: RedisConnection): Bottleneck.IORedisConnection {
  const connection = new Bottleneck.IORedisConnection({ client: redis.client.duplicate() });
  // Errors surface on the jobs (which then run on the local limiter); the main connection logs outages.
  connection.on('error', () => undefined);
  return connection;
}

/** How long after a shared limiter failed to start in Redis another one is tried. */
const RESTART_SHARED_MS = 1000;
/** How often a request waiting for its turn in Redis checks that Redis still answers. */
const HANG_CHECK_MS = 500;
const REDIS_HANGS = Symbol('Redis hangs');

export class PlatformRateLimiter {
  private readonly local: Bottleneck[];
  private clustered: Bottleneck[] | undefined;
  private restart: NodeJS.Timeout | undefined;
  private failedStarts = 0;
  private closed = false;

  constructor(
    readonly source: ExternalPlatform,
    readonly windows: readonly RateWindow[],
    private readonly options: RateLimiterOptions,
  ) {
    this.local = this.chain(windows);
    if (options.shared) this.startShared(options.shared.connection);
  }

  /** Whether the quota is kept in Redis (shared by every instance) right now. */
  get shared(): boolean {
    return Boolean(this.clustered && this.options.shared?.redis.available);
  }

  /** Runs `request` once the platform's rate allows it. */
  async schedule<T>(request: () => Promise<T>): Promise<T> {
    if (!this.shared) return this.local[0].schedule(request);
    let started = false;
    let moved = false;
    const shared = this.clustered![0].schedule(async () => {
      if (moved) return undefined as T; // it ran here meanwhile
      started = true;
      return request();
    });
    let why: string;
    let settled = false;
    try {
      const first = await Promise.race([shared, this.whileRedisHangs(() => started || settled)]);
      if (first !== REDIS_HANGS) return first as T;
      if (started) return await shared;
      why = 'Redis does not answer';
    } catch (error) {
      if (started) throw error;
      why = (error as Error).message;
    } finally {
      settled = true;
    }
    // Redis failed, or hangs, before the request was let through: keep to the rate locally.
    moved = true;
    shared.catch(() => undefined);
    this.options.log.debug({ source: this.source, err: why }, 'shared rate limit unavailable; limiting locally');
    return this.local[0].schedule(request);
  }

  /**
   * Resolves REDIS_HANGS if Redis stops answering before `over()`: a request waiting in Redis for its
   * turn would hear nothing from a hung Redis, and wait until it gave up (PLATFORM_MAX_QUEUE_MS).
   */
  private whileRedisHangs(over: () => boolean): Promise<typeof REDIS_HANGS> {
    const { client } = this.options.shared!.redis;
    return new Promise((resolve) => {
      const check = setInterval(() => {
        if (over() || this.closed) return clearInterval(check);
        client.ping().catch(() => {
          clearInterval(check);
          resolve(REDIS_HANGS);
        });
      }, HANG_CHECK_MS);
      check.unref();
    });
  }

  async remaining(): Promise<QuotaWindow[]> {
    const limiters = this.shared ? this.clustered! : this.local;
    return Promise.all(
      this.windows.map(async (window, i) => ({
        limit: window.limit,
        windowSeconds: window.perMs / 1000,
        remaining: await limiters[i].currentReservoir().catch(() => null),
      })),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.restart);
    await Promise.all(
      [...this.local, ...(this.clustered ?? [])].map((limiter) => limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)),
    );
  }

  /**
   * A bottleneck limiter registers itself in Redis once, when created; if Redis fails it then (stalled or
   * gone while AniGraph starts), its `ready` rejects with nobody listening, which would end the process,
   * and every job on it fails from then on. So: watch it, limit locally meanwhile, and try a new one.
   */
  private startShared(connection: Bottleneck.IORedisConnection): void {
    const chain = this.chain(this.windows, connection);
    this.clustered = chain;
    void Promise.all(
      chain.map((limiter) =>
        limiter.ready().then(
          () => true,
          (error: unknown) => error as Error,
        ),
      ),
    ).then((results) => {
      const failure = results.find((r): r is Error => r !== true);
      if (!failure) {
        this.failedStarts = 0;
        return;
      }
      if (this.clustered === chain) this.clustered = undefined;
      if (this.closed) return;
      // One that did start keeps beating in Redis, and cannot be stopped safely while Redis misbehaves:
      // then this instance keeps to the rate on its own until it is restarted.
      const retry = !results.some((r) => r === true);
      const level = this.failedStarts++ === 0 || !retry ? 'warn' : 'debug';
      this.options.log[level](
        { source: this.source, err: failure.message, retry },
        'shared rate limit could not start in Redis; limiting locally',
      );
      if (!retry) return;
      this.restart = setTimeout(() => this.startShared(connection), RESTART_SHARED_MS);
      this.restart.unref();
    });
  }

  private chain(windows: readonly RateWindow[], connection?: Bottleneck.IORedisConnection): Bottleneck[] {
    // Requests are spread evenly across the shortest window, not sent in a burst. Every limiter of the
    // chain keeps that spacing: the last one sends, and when its longer window refills it would otherwise
    // let everything queued behind it go at once, many times the shortest window's rate.
    const minTime = Math.ceil(windows[0].perMs / windows[0].limit);
    const limiters = windows.map(
      (window) =>
        new Bottleneck({
          reservoir: window.limit,
          reservoirRefreshAmount: window.limit,
          reservoirRefreshInterval: window.perMs,
          minTime,
          // A reservoir is refilled on the limiter's heartbeat (every 5 s by default with Redis, so a
          // 3/s window got 3 requests per 5 s): beat four times a window, at most every 5 s.
          heartbeatInterval: Math.max(10, Math.min(5000, Math.floor(window.perMs / 4))),
          ...(connection
            ? {
                datastore: 'ioredis',
                connection,
                id: `anigraph:rate:${this.source}:${window.limit}/${window.perMs}`,
                clearDatastore: false,
                timeout: 60_000,
              }
            : {}),
        }),
    );
    for (let i = 0; i + 1 < limiters.length; i++) limiters[i].chain(limiters[i + 1]);
    return limiters;
  }
}
