// The request function under failure and load: circuit breaker, in-flight dedupe, rate limits (local and
// shared through Redis), Redis outages, stale answers, and what status() reports. Windows are short.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { connectRedis } from '../../lib/redis.js';
import { PlatformError } from '../../lib/platforms/platform-error.js';
import { PlatformHttp } from '../../lib/platforms/platform-http.js';
import { createPlatforms, type Platforms } from '../../lib/platforms/platforms.js';
import { parseRate } from '../../lib/platforms/rate-limit.js';
import { readJson } from '../../lib/platforms/sourced.js';
import { startFakes, type Fakes } from './fakes/start-all.js';
import type { FakePlatform } from './fakes/index.js';
import { startRedisServer } from '../helpers/redis-server.js';
import { z } from 'zod';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * The fake stamps a request when it has read it: one that had to open a socket first can arrive a few ms
 * later than it was sent, and so closer to the next one than the limiter spaced them.
 */
const ARRIVAL_JITTER_MS = 10;
/**
 * With a shared quota Redis decides when each request may go, and each instance sends it once the answer
 * to its Redis command has come back: a slower round trip on one instance shows as up to ~20 ms of jitter.
 */
const SHARED_ARRIVAL_JITTER_MS = 25;

const log = createLogger('silent');
let fakes: Fakes;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  fakes = await startFakes();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
  fakes.reset();
  for (const fake of fakes.all) fake.latencyMs = 0;
});
afterAll(() => fakes.close());

function platforms(env: Record<string, string> = {}): Platforms {
  const created = createPlatforms(loadConfig({ ...fakes.env, PLATFORM_RETRIES: '0', ...env }), log);
  opened.push(created);
  return created;
}

async function jikanStatus(p: Platforms) {
  return (await p.status()).find((s) => s.source === 'MYANIMELIST')!;
}

async function anilistStatus(p: Platforms) {
  return (await p.status()).find((s) => s.source === 'ANILIST')!;
}

async function rejection(call: Promise<unknown>): Promise<PlatformError> {
  const error = await call.then(
    () => expect.fail('expected the request to fail'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

/** Polls `condition` every 20 ms; fails when it has not held within `withinMs`. */
async function until(condition: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > deadline) expect.fail(`condition not met within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The first fetch of a process sets up undici and a socket and arrives tens of ms late, bunching it with
 * the next one at the fake: warm the connection up outside the limiter before measuring.
 */
async function warmUp(fake: FakePlatform): Promise<void> {
  await (await fetch(`${fake.url}/anime/1`)).text();
  fake.requests.length = 0;
}

/** The most requests seen in any window of `windowMs` (less the arrival jitter), over the fake's timestamps. */
function busiestWindow(times: number[], windowMs: number, jitterMs = ARRIVAL_JITTER_MS): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.max(0, ...sorted.map((start) => sorted.filter((t) => t >= start && t < start + windowMs - jitterMs).length));
}

describe('circuit breaker', () => {
  it("opens MyAnimeList's breaker after 5 failures and fails fast while open", async () => {
    const p = platforms({ JIKAN_BREAKER: '5/10s' });
    fakes.jikan.fail('server-error', Infinity);
    for (let id = 1; id <= 4; id++) await rejection(p.jikan.anime(id));
    expect((await jikanStatus(p)).breaker).toBe('CLOSED');
    await rejection(p.jikan.anime(5));
    expect(await jikanStatus(p)).toMatchObject({ breaker: 'OPEN', retryAfterSeconds: 10 });

    const started = Date.now();
    const error = await rejection(p.jikan.anime(6));
    expect(Date.now() - started).toBeLessThan(100);
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'MYANIMELIST', retryAfterSeconds: 10 });
    expect(error.message).toMatch(/circuit open/);
    expect(fakes.jikan.requests).toHaveLength(5);
    // Other platforms have breakers of their own.
    expect((await p.anilist.media({ anilistId: 1 })).value).toMatchObject({ id: 1 });
  });

  it('half-opens after the reset time and closes on a success', async () => {
    const p = platforms({ JIKAN_BREAKER: '3/300ms' });
    fakes.jikan.fail('server-error', Infinity);
    for (let id = 1; id <= 3; id++) await rejection(p.jikan.anime(id));
    expect((await jikanStatus(p)).breaker).toBe('OPEN');
    fakes.jikan.heal();
    await rejection(p.jikan.anime(1));
    expect(fakes.jikan.requests).toHaveLength(3);

    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await jikanStatus(p)).breaker).toBe('HALF_OPEN');
    expect((await p.jikan.anime(1)).value).toMatchObject({ mal_id: 1 });
    expect(await jikanStatus(p)).toMatchObject({ breaker: 'CLOSED', retryAfterSeconds: null });
    expect((await p.jikan.anime(21)).value).toMatchObject({ mal_id: 21 });
  });

  it('opens again when the request let through while half-open fails', async () => {
    const p = platforms({ JIKAN_BREAKER: '3/300ms' });
    fakes.jikan.fail('server-error', Infinity);
    for (let id = 1; id <= 3; id++) await rejection(p.jikan.anime(id));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await rejection(p.jikan.anime(4));
    expect((await jikanStatus(p)).breaker).toBe('OPEN');
    await rejection(p.jikan.anime(5));
    expect(fakes.jikan.requests).toHaveLength(4);
  });

  it('counts a request that fails after its retries as one failure: AniList opens after three such requests', async () => {
    const p = platforms({ PLATFORM_RETRIES: '2', ANILIST_BREAKER: '3/10s' });
    fakes.anilist.fail('server-error', Infinity);
    await rejection(p.anilist.media({ anilistId: 1 }));
    expect(fakes.anilist.requests).toHaveLength(3);
    expect(await anilistStatus(p)).toMatchObject({ breaker: 'CLOSED', recentRequests: 1, recentFailures: 1 });
    await rejection(p.anilist.media({ anilistId: 5 }));
    expect((await anilistStatus(p)).breaker).toBe('CLOSED');
    await rejection(p.anilist.media({ anilistId: 21 }));
    expect(await anilistStatus(p)).toMatchObject({ breaker: 'OPEN', recentFailures: 3, retryAfterSeconds: 10 });
    expect(fakes.anilist.requests).toHaveLength(9);

    const error = await rejection(p.anilist.media({ anilistId: 30 }));
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'ANILIST', retryAfterSeconds: 10 });
    expect(fakes.anilist.requests).toHaveLength(9);
  });

  it('does not count a request answered on its retry toward the breaker', async () => {
    const p = platforms({ PLATFORM_RETRIES: '1', JIKAN_BREAKER: '1/10s' });
    fakes.jikan.fail('server-error', 1);
    expect((await p.jikan.anime(1)).value).toMatchObject({ mal_id: 1 });
    expect(fakes.jikan.requests).toHaveLength(2);
    expect(await jikanStatus(p)).toMatchObject({ breaker: 'CLOSED', recentFailures: 0, lastError: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it('stops retrying a request once other requests have opened the breaker', async () => {
    const p = platforms({ PLATFORM_RETRIES: '1', JIKAN_BREAKER: '1/10s', PLATFORM_MAX_RETRY_AFTER_MS: '2000' });
    fakes.jikan.fail('rate-limited', 1, { retryAfterSeconds: 1 });
    const waiting = rejection(p.jikan.anime(1));
    await until(async () => fakes.jikan.requests.length === 1, 1000);
    // While the first waits out its Retry-After, another fails twice and opens the breaker.
    fakes.jikan.fail('server-error', Infinity);
    await rejection(p.jikan.anime(5));
    expect((await jikanStatus(p)).breaker).toBe('OPEN');

    const error = await waiting;
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'MYANIMELIST' });
    expect(error.message).toMatch(/circuit open/);
    expect(fakes.jikan.requests).toHaveLength(3);
  });

  it('does not count not-found answers toward the breaker', async () => {
    const p = platforms({ JIKAN_BREAKER: '3/10s', ANILIST_BREAKER: '3/10s' });
    for (let id = 1; id <= 5; id++) expect((await p.jikan.anime(90_000 + id)).value).toBeNull();
    for (let id = 1; id <= 5; id++) expect((await p.anilist.media({ anilistId: 90_000 + id })).value).toBeNull();
    const status = await p.status();
    expect(status.find((s) => s.source === 'MYANIMELIST')).toMatchObject({ breaker: 'CLOSED', recentFailures: 0, errorRate: 0 });
    expect(status.find((s) => s.source === 'ANILIST')).toMatchObject({ breaker: 'CLOSED', recentFailures: 0 });
    expect((await p.jikan.anime(1)).value).toMatchObject({ mal_id: 1 });
    expect(fakes.jikan.requests).toHaveLength(6);
  });

  it('does not count 429 answers toward the breaker', async () => {
    const p = platforms({ JIKAN_BREAKER: '2/10s' });
    fakes.jikan.fail('rate-limited', Infinity, { retryAfterSeconds: 60 });
    for (let id = 1; id <= 4; id++) expect((await rejection(p.jikan.anime(id))).extensions.code).toBe('UPSTREAM_RATE_LIMITED');
    expect((await jikanStatus(p)).breaker).toBe('CLOSED');
  });
});

describe('requests in flight', () => {
  const anime = z.looseObject({ data: z.looseObject({ mal_id: z.number() }) });

  it('sends one request for identical requests in flight', async () => {
    fakes.jikan.latencyMs = 100;
    // The request function itself: through a client, the cache would also share one load per key.
    const http = new PlatformHttp(
      'MYANIMELIST',
      {
        baseUrl: fakes.jikan.url,
        timeoutMs: 2000,
        retries: 0,
        breaker: { failures: 5, resetMs: 1000 },
        rate: parseRate('100/s'),
        maxQueueMs: 2000,
        maxRetryAfterMs: 0,
        backoffBaseMs: 10,
      },
      log,
    );
    opened.push(http);
    const ask = (id: number) => http.request({ path: `/anime/${id}`, query: { sfw: true }, read: readJson(anime) });
    const answers = await Promise.all([ask(1), ask(1), ask(1), ask(1), ask(5)]);
    expect(answers.map((a) => a?.data.mal_id)).toEqual([1, 1, 1, 1, 5]);
    expect(fakes.jikan.requests.map((r) => r.path).sort()).toEqual(['/v4/anime/1', '/v4/anime/5']);
    // Once answered, the same request goes out again: dedupe is not a cache.
    await ask(1);
    expect(fakes.jikan.requests).toHaveLength(3);
  });

  it('sends every request for a random anime, even when they are in flight together', async () => {
    fakes.jikan.latencyMs = 50;
    const p = platforms();
    await Promise.all([p.jikan.randomAnime(), p.jikan.randomAnime(), p.jikan.randomAnime()]);
    expect(fakes.jikan.requests.filter((r) => r.path === '/v4/random/anime')).toHaveLength(3);
  });
});

describe('rate limits', () => {
  it('keeps to the rate limit', async () => {
    const p = platforms({ JIKAN_RATE_LIMIT: '4/500ms' });
    await warmUp(fakes.jikan);
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => p.jikan.anime(i + 1)));
    expect(answers.filter((a) => a.value !== null).map((a) => a.value?.mal_id)).toEqual([1, 5]);
    const times = fakes.jikan.requests.map((r) => r.at);
    expect(times).toHaveLength(12);
    expect(busiestWindow(times, 500)).toBeLessThanOrEqual(4);
    // Spread across the window, not sent four at a time.
    expect(Date.now() - started).toBeGreaterThanOrEqual(11 * 125 - ARRIVAL_JITTER_MS);
  });

  it('keeps to the shorter window of a chained rate when the longer one refills', async () => {
    const p = platforms({ JIKAN_RATE_LIMIT: '2/100ms,4/1s' });
    await warmUp(fakes.jikan);
    await Promise.all(Array.from({ length: 8 }, (_, i) => p.jikan.anime(i + 1)));
    const times = fakes.jikan.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(times).toHaveLength(8);
    expect(busiestWindow(times, 100)).toBeLessThanOrEqual(2);
    // The second four wait for the longer window to refill.
    expect(times.filter((t) => t < times[0] + 900)).toHaveLength(4);
  });

  it('two instances sharing Redis keep to one quota', async () => {
    // Left over from an earlier run within the keys' 60 s expiry, the quota would be partly spent.
    const cleaner = connectRedis(REDIS_URL, log);
    expect(await cleaner.whenAvailable(2000)).toBe(true);
    const leftover = await cleaner.client.keys('b_anigraph:rate:MYANIMELIST:4/500_*');
    if (leftover.length) await cleaner.client.del(...leftover);
    await cleaner.close();

    const env = { REDIS_URL, JIKAN_RATE_LIMIT: '4/500ms' };
    const [a, b] = [platforms(env), platforms(env)];
    for (const p of [a, b]) expect(await p.redis!.whenAvailable(2000)).toBe(true);
    expect((await jikanStatus(a)).sharedQuota).toBe(true);

    await warmUp(fakes.jikan);
    const started = Date.now();
    // Random anime are neither cached (in this Redis, by earlier runs) nor deduplicated: each one is a request.
    const answers = await Promise.all(Array.from({ length: 6 }, () => [a.jikan.randomAnime(), b.jikan.randomAnime()]).flat());
    expect(answers.every((x) => x.value !== null)).toBe(true);
    const times = fakes.jikan.requests.map((r) => r.at);
    expect(times).toHaveLength(12);
    // Each instance alone would send 4 per 500 ms: 8 in such a window between them.
    expect(busiestWindow(times, 500, SHARED_ARRIVAL_JITTER_MS)).toBeLessThanOrEqual(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(11 * 125 - SHARED_ARRIVAL_JITTER_MS);
  });

  it('keeps answering when Redis goes away: rate limits locally and caches in memory', async () => {
    const server = await startRedisServer();
    opened.push({ close: () => server.stop() });
    const p = platforms({ REDIS_URL: server.url, JIKAN_RATE_LIMIT: '4/500ms', PLATFORM_TIMEOUT_MS: '2000' });
    expect(await p.redis!.whenAvailable(2000)).toBe(true);
    expect((await p.jikan.anime(1)).tier).toBe('ORIGIN');
    expect(await jikanStatus(p)).toMatchObject({ sharedQuota: true });
    expect(p.cacheStats().l2.available).toBe(true);

    // Requests under way when Redis dies (let through by the shared limiter) still get their answer.
    fakes.jikan.latencyMs = 200;
    const inFlight = Promise.all([p.jikan.anime(21), p.jikan.anime(269)]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await server.kill();
    expect((await inFlight).map((a) => a.value?.mal_id)).toEqual([21, 269]);

    fakes.jikan.latencyMs = 0;
    fakes.jikan.requests.length = 0;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => p.jikan.anime(i + 2)));
    expect(answers.map((a) => a.tier)).toEqual(Array(8).fill('ORIGIN'));
    expect(answers.find((a) => a.value !== null)?.value).toMatchObject({ mal_id: 5 });
    const times = fakes.jikan.requests.map((r) => r.at);
    expect(times).toHaveLength(8);
    expect(busiestWindow(times, 500)).toBeLessThanOrEqual(4);

    expect(await jikanStatus(p)).toMatchObject({ sharedQuota: false, breaker: 'CLOSED', recentFailures: 0 });
    expect(p.cacheStats().l2.available).toBe(false);
    expect((await p.jikan.anime(5)).tier).toBe('L1');
    expect((await p.jikan.anime(1)).tier).toBe('L1');
    expect(fakes.jikan.requests).toHaveLength(8);
  });

  it('limits locally while Redis stalls as the shared limiter starts, and shares the quota once it can', async () => {
    const server = await startRedisServer();
    opened.push({ close: () => server.stop() });
    const pauser = connectRedis(server.url, log);
    expect(await pauser.whenAvailable(2000)).toBe(true);
    // Reads (the ready check) still answer; scripts, bottleneck's way of registering a limiter, wait 600 ms.
    await pauser.client.call('CLIENT', 'PAUSE', '600', 'WRITE');
    await pauser.close();

    const p = platforms({ REDIS_URL: server.url, JIKAN_RATE_LIMIT: '4/500ms', PLATFORM_TIMEOUT_MS: '2000' });
    expect(await p.redis!.whenAvailable(2000)).toBe(true);
    await until(async () => !(await jikanStatus(p)).sharedQuota, 500);
    const answers = await Promise.all([1, 5, 21].map((id) => p.jikan.anime(id)));
    expect(answers.map((a) => a.value?.mal_id)).toEqual([1, 5, 21]);

    await until(async () => (await jikanStatus(p)).sharedQuota, 2000);
    expect((await p.jikan.randomAnime()).value).not.toBeNull();
    // That one went through the limiter kept in Redis (the ones before, through the local one).
    const done = await p.redis!.client.hget('b_anigraph:rate:MYANIMELIST:4/500_settings', 'done');
    expect(done).toBe('1');
  });

  it('keeps answering, at the local rate, when Redis hangs', async () => {
    const server = await startRedisServer();
    opened.push({ close: () => server.stop() });
    const p = platforms({ REDIS_URL: server.url, JIKAN_RATE_LIMIT: '4/500ms', PLATFORM_TIMEOUT_MS: '2000' });
    expect(await p.redis!.whenAvailable(2000)).toBe(true);
    await warmUp(fakes.jikan);
    // Connected but answering nothing: every Redis command times out, and the limiter falls back.
    server.freeze();
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => p.jikan.anime(i + 1))).finally(() => server.thaw());
    expect(answers.map((a) => a.tier)).toEqual(Array(6).fill('ORIGIN'));
    expect(answers.map((a) => a.value?.mal_id ?? null)).toEqual([1, null, null, null, 5, null]);
    const times = fakes.jikan.requests.map((r) => r.at);
    expect(times).toHaveLength(6);
    expect(busiestWindow(times, 500)).toBeLessThanOrEqual(4);
  });

  it('moves a request waiting for its turn in Redis here when Redis hangs, instead of waiting until it gives up', async () => {
    const server = await startRedisServer();
    opened.push({ close: () => server.stop() });
    const p = platforms({ REDIS_URL: server.url, JIKAN_RATE_LIMIT: '1/2s', PLATFORM_TIMEOUT_MS: '2000', PLATFORM_MAX_QUEUE_MS: '10000' });
    expect(await p.redis!.whenAvailable(2000)).toBe(true);
    await warmUp(fakes.jikan);
    // The first takes the window's one turn; the second waits in Redis for the next turn when Redis hangs.
    const first = p.jikan.anime(1);
    const second = p.jikan.anime(5);
    await first;
    const started = performance.now();
    server.freeze();
    const answer = await second.finally(() => server.thaw());
    expect(answer).toMatchObject({ tier: 'ORIGIN', value: { mal_id: 5 } });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('stale answers and status', () => {
  it('serves stale data and says so when the platform fails', async () => {
    const p = platforms({ CACHE_TTL_ANIME_DETAILS: '0.3', JIKAN_BREAKER: '5/10s' });
    const fresh = await p.jikan.anime(1);
    expect(fresh).toMatchObject({ tier: 'ORIGIN', stale: false });
    await new Promise((resolve) => setTimeout(resolve, 350));
    fakes.jikan.fail('server-error', Infinity);

    const revalidating = await p.jikan.anime(1);
    expect(revalidating).toMatchObject({
      source: 'MYANIMELIST',
      tier: 'L1',
      stale: true,
      staleReason: 'revalidating',
      value: { mal_id: 1, title: 'Cowboy Bebop' },
    });
    await p.cache.settled();
    const failed = await p.jikan.anime(1);
    expect(failed).toMatchObject({ stale: true, staleReason: 'upstream-failed', value: { mal_id: 1 } });
    expect(failed.storedAt).toEqual(fresh.storedAt);
    expect(failed.error).toBeInstanceOf(PlatformError);
    expect((failed.error as PlatformError).extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'MYANIMELIST' });
  });

  it('reports breaker state, error rate, latency and remaining quota in status()', async () => {
    const p = platforms({ JIKAN_RATE_LIMIT: '100/s,50/min', JIKAN_BREAKER: '2/10s', ANIDB_CLIENT: '', ANIDB_CLIENT_VERSION: '' });
    fakes.jikan.latencyMs = 40;
    for (const id of [1, 5, 21]) await p.jikan.anime(id);
    fakes.jikan.fail('server-error', 1);
    await rejection(p.jikan.anime(52991));

    const status = await jikanStatus(p);
    expect(status).toMatchObject({
      source: 'MYANIMELIST',
      configured: true,
      breaker: 'CLOSED',
      retryAfterSeconds: null,
      recentRequests: 4,
      recentFailures: 1,
      errorRate: 0.25,
      sharedQuota: false,
      lastError: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    expect(status.latencyMs.samples).toBe(4);
    expect(status.latencyMs.p50).toBeGreaterThanOrEqual(40);
    expect(status.latencyMs.p95).toBeGreaterThanOrEqual(status.latencyMs.p50!);
    expect(status.quota).toEqual([
      { limit: 100, windowSeconds: 1, remaining: expect.any(Number) },
      { limit: 50, windowSeconds: 60, remaining: 46 },
    ]);

    fakes.jikan.fail('server-error', 1);
    await rejection(p.jikan.anime(1575));
    expect(await jikanStatus(p)).toMatchObject({ breaker: 'OPEN', retryAfterSeconds: 10, recentFailures: 2, errorRate: 2 / 5 });

    const anidb = (await p.status()).find((s) => s.source === 'ANIDB')!;
    expect(anidb).toMatchObject({ configured: false, recentRequests: 0, errorRate: 0, latencyMs: { p50: null, samples: 0 } });
    expect(anidb.note).toMatch(/ANIDB_CLIENT/);
  });
});
