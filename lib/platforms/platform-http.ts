// The one request function of a platform client: identical requests in flight share one answer;
// each request passes the circuit breaker once, with all its attempts: each attempt waits for the
// rate limiter, then goes out with a timeout; the answer is classified once (PlatformError);
// timeouts, 5xx and garbled answers are retried with backoff and jitter, a 429 after its
// Retry-After. The breaker sees the request's outcome after its retries, so one bad request is one
// failure. It also keeps what platformStatus reports.
import type { Logger } from '../logger.js';
import { PlatformBreaker, type BreakerSettings } from './breaker.js';
import { isPlatformError, PlatformError } from './platform-error.js';
import { PlatformRateLimiter, type QuotaWindow, type RateLimiterOptions, type RateWindow } from './rate-limit.js';
import { backoffMs, retryAfterSeconds, sleep } from './retry.js';
import type { ExternalPlatform } from './external-platforms.js';

export interface PlatformHttpSettings {
  baseUrl: string;
  timeoutMs: number;
  /** Attempts after the first. */
  retries: number;
  breaker: BreakerSettings;
  rate: RateWindow[];
  /** Longest wait for the rate limiter before failing with UPSTREAM_RATE_LIMITED. */
  maxQueueMs: number;
  /** Longest Retry-After waited for; a longer one fails the request at once. */
  maxRetryAfterMs: number;
  backoffBaseMs: number;
}

export interface PlatformRequest<T> {
  path: string;
  query?: Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>;
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  json?: unknown;
  headers?: Record<string, string>;
  /**
   * Reads a response (any status: the platform's own error shapes are the client's to know); returns
   * the value or throws a PlatformError. `fail` builds the error for this platform.
   */
  read: (response: AnswerRead) => T;
  /** Identical requests in flight share one answer (not for answers that differ each time, like a random anime). */
  dedupe?: boolean;
}

export interface AnswerRead {
  status: number;
  headers: Headers;
  body: string;
  fail: (code: PlatformError['code'], message: string, transient?: boolean) => PlatformError;
}

export interface PlatformStatus {
  source: ExternalPlatform;
  breaker: PlatformBreaker['state'];
  /** Seconds until an open breaker lets a request through again. */
  retryAfterSeconds: number | null;
  recentRequests: number;
  recentFailures: number;
  /** Failures / requests over the last minute (0 without requests). */
  errorRate: number;
  latencyMs: { p50: number | null; p95: number | null; samples: number };
  quota: QuotaWindow[];
  /** Whether the quota is kept in Redis, shared by every instance. */
  sharedQuota: boolean;
  lastError: { code: string; message: string; at: Date } | null;
}

const LATENCY_SAMPLES = 200;

export class PlatformHttp {
  private readonly breaker: PlatformBreaker;
  private readonly limiter: PlatformRateLimiter;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly latencies: number[] = [];
  private lastError: PlatformStatus['lastError'] = null;

  constructor(
    readonly source: ExternalPlatform,
    readonly settings: PlatformHttpSettings,
    private readonly log: Logger,
    shared?: RateLimiterOptions['shared'],
    private readonly defaultHeaders: Record<string, string> = {},
  ) {
    this.breaker = new PlatformBreaker(settings.breaker);
    this.limiter = new PlatformRateLimiter(source, settings.rate, { shared, log });
  }

  request<T>(request: PlatformRequest<T>): Promise<T> {
    const url = this.url(request);
    if (request.dedupe === false) return this.guarded(url, request);
    const key = `${request.method ?? 'GET'} ${url} ${request.json === undefined ? '' : JSON.stringify(request.json)}`;
    let pending = this.inFlight.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = this.guarded(url, request).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  async status(): Promise<PlatformStatus> {
    const recent = this.breaker.recent();
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]) : null);
    return {
      source: this.source,
      breaker: this.breaker.state,
      retryAfterSeconds: this.breaker.retryAfterSeconds ?? null,
      recentRequests: recent.calls,
      recentFailures: recent.failures,
      errorRate: recent.calls ? recent.failures / recent.calls : 0,
      latencyMs: { p50: at(0.5), p95: at(0.95), samples: sorted.length },
      quota: await this.limiter.remaining(),
      sharedQuota: this.limiter.shared,
      lastError: this.lastError,
    };
  }

  async close(): Promise<void> {
    this.breaker.shutdown();
    await this.limiter.close();
  }

  /** The request with its retries, as one outcome for the breaker; fails at once while the breaker is open. */
  private async guarded<T>(url: string, request: PlatformRequest<T>): Promise<T> {
    try {
      return await this.breaker.fire(() => this.withRetries(url, request));
    } catch (thrown) {
      const error = this.classify(thrown);
      this.noteFailure(error);
      throw error;
    }
  }

  private async withRetries<T>(url: string, request: PlatformRequest<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.throttled(url, request);
      } catch (error) {
        // Anything else is a bug, not the platform: the breaker's caller logs it.
        if (!isPlatformError(error)) throw error;
        const wait = attempt < this.settings.retries ? this.retryWait(error, attempt) : undefined;
        if (wait === undefined) throw error;
        this.noteFailure(error);
        this.log.debug({ source: this.source, url, attempt, waitMs: wait, err: error.message }, 'platform request failed; retrying');
        await sleep(wait);
        // Other requests opened the breaker meanwhile: this one stops asking too.
        if (this.breaker.state === 'OPEN') throw this.openError();
      }
    }
  }

  private noteFailure(error: PlatformError): void {
    this.lastError = { code: error.code, message: error.message, at: new Date() };
  }

  private retryWait(error: PlatformError, attempt: number): number | undefined {
    if (error.code === 'UPSTREAM_RATE_LIMITED' && error.details.status === 429) {
      const afterMs = (error.details.retryAfterSeconds ?? 1) * 1000;
      return afterMs <= this.settings.maxRetryAfterMs ? afterMs : undefined;
    }
    if (!error.transient) return undefined;
    return backoffMs(attempt, this.settings.backoffBaseMs, 5_000);
  }

  /** Waits for the rate limiter, at most maxQueueMs; a request that waited too long is not sent. */
  private throttled<T>(url: string, request: PlatformRequest<T>): Promise<T> {
    let abandoned = false;
    const sent = this.limiter.schedule(async () => (abandoned ? undefined : this.exchange(url, request)));
    const timer = new Promise<never>((_, reject) => {
      const handle = setTimeout(() => {
        abandoned = true;
        reject(
          new PlatformError(
            this.source,
            'UPSTREAM_RATE_LIMITED',
            `more requests than its rate allows (${this.settings.rate.map((w) => `${w.limit} per ${w.perMs / 1000} s`).join(', ')}); retry shortly`,
            {
              retryAfterSeconds: Math.ceil(this.settings.rate[this.settings.rate.length - 1].perMs / 1000),
            },
          ),
        );
      }, this.settings.maxQueueMs);
      void sent.finally(() => clearTimeout(handle)).catch(() => undefined);
    });
    return Promise.race([sent as Promise<T>, timer]);
  }

  private async exchange<T>(url: string, request: PlatformRequest<T>): Promise<T> {
    const started = performance.now();
    const fail = (code: PlatformError['code'], message: string, transient = false, details = {}) =>
      new PlatformError(this.source, code, message, { transient, ...details });
    let response: Response;
    let body: string;
    try {
      response = await fetch(url, {
        method: request.method ?? 'GET',
        headers: {
          ...this.defaultHeaders,
          ...(request.json === undefined ? {} : { 'content-type': 'application/json' }),
          ...request.headers,
        },
        body: request.json === undefined ? undefined : JSON.stringify(request.json),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      body = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError')
        throw fail('UPSTREAM_TIMEOUT', `no answer within ${this.settings.timeoutMs} ms`, true);
      const cause = ((error as { cause?: { code?: string; message?: string } }).cause ?? {}) as { code?: string; message?: string };
      throw fail('UPSTREAM_UNAVAILABLE', `cannot be reached (${cause.code ?? cause.message ?? (error as Error).message})`, true);
    } finally {
      this.latencies.push(performance.now() - started);
      if (this.latencies.length > LATENCY_SAMPLES) this.latencies.shift();
    }
    if (response.status === 429) {
      throw fail('UPSTREAM_RATE_LIMITED', 'rate limit reached (429)', false, {
        status: 429,
        retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
      });
    }
    if (response.status >= 500) throw fail('UPSTREAM_UNAVAILABLE', `answered ${response.status}`, true, { status: response.status });
    return request.read({
      status: response.status,
      headers: response.headers,
      body,
      fail: (code, message, transient) => fail(code, message, transient, { status: response.status }),
    });
  }

  private classify(error: unknown): PlatformError {
    if (error instanceof PlatformError) return error;
    if (PlatformBreaker.isOpenError(error)) return this.openError();
    this.log.error({ source: this.source, err: error }, 'unexpected failure in a platform request');
    return new PlatformError(this.source, 'UPSTREAM_UNAVAILABLE', `request failed: ${(error as Error).message}`);
  }

  private openError(): PlatformError {
    const retryAfter = this.breaker.retryAfterSeconds;
    return new PlatformError(this.source, 'UPSTREAM_UNAVAILABLE', `failing; requests paused for ${retryAfter ?? '?'} s (circuit open)`, {
      retryAfterSeconds: retryAfter,
    });
  }

  private url(request: PlatformRequest<unknown>): string {
    const url = new URL(this.settings.baseUrl.replace(/\/$/, '') + request.path);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      if (value === undefined || value === null) continue;
      url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    return url.toString();
  }
}
