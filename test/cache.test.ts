// The two-level cache against the real Redis on 127.0.0.1:6379, and a private redis-server for outages.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TTL_SECONDS, TieredCache, uncached, type CacheOptions } from '../lib/cache/index.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { connectRedis, type RedisConnection } from '../lib/redis.js';
import { startRedisServer, type RedisServer } from './helpers/redis-server.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const namespace = `anigraph:test:cache:${randomUUID()}:`;
const HOUR = 3600;

let redis: RedisConnection;
const { log } = memoryLogger();

beforeAll(async () => {
  redis = connectRedis(REDIS_URL, log);
  if (!(await redis.whenAvailable(3000))) throw new Error(`These tests need the Redis at ${REDIS_URL}, which does not answer`);
});

afterAll(async () => {
  const keys = await redis.client.keys(`${namespace}*`);
  if (keys.length > 0) await redis.client.del(...keys);
  await redis.close();
});

describe('TieredCache', () => {
  it('serves an entry cached by another instance from L2', async () => {
    const a = newCache();
    const b = newCache();
    const loaded = await a.fetch('l2-shared', 'animeDetails', async () => ({ title: 'Cowboy Bebop', episodes: 26 }));
    expect(loaded.tier).toBe('ORIGIN');

    const fromL2 = await b.fetch('l2-shared', 'animeDetails', failingLoader());
    expect(fromL2).toMatchObject({ tier: 'L2', stale: false, value: { title: 'Cowboy Bebop', episodes: 26 } });
    expect(fromL2.storedAt).toEqual(loaded.storedAt);
    expect((await b.fetch('l2-shared', 'animeDetails', failingLoader())).tier).toBe('L1');
  });

  it('counts hits and misses per tier', async () => {
    const a = newCache();
    const b = newCache();
    await a.fetch('stats', 'apiResponses', async () => 1);
    await a.fetch('stats', 'apiResponses', async () => 2);
    await b.fetch('stats', 'apiResponses', async () => 3);
    await b.fetch('stats', 'apiResponses', async () => 4);
    expect(a.stats()).toEqual({
      l1: { hits: 1, misses: 1, size: 1 },
      l2: { hits: 0, misses: 1, errors: 0, available: true },
      origin: { loads: 1, failures: 0 },
      staleServed: 0,
    });
    expect(b.stats()).toMatchObject({ l1: { hits: 1, misses: 1 }, l2: { hits: 1, misses: 0 }, origin: { loads: 0 } });
  });

  it('keeps a null or undefined result apart from a miss, in both tiers', async () => {
    const a = newCache();
    await a.fetch('null', 'apiResponses', async () => null);
    await a.fetch('undefined', 'apiResponses', async () => undefined);
    expect(await a.fetch('null', 'apiResponses', failingLoader())).toMatchObject({ tier: 'L1', value: null });
    expect(await a.fetch('undefined', 'apiResponses', failingLoader())).toMatchObject({ tier: 'L1', value: undefined });
    const b = newCache();
    expect(await b.fetch('null', 'apiResponses', failingLoader())).toMatchObject({ tier: 'L2', value: null });
    const cachedUndefined = await b.fetch('undefined', 'apiResponses', failingLoader());
    expect(cachedUndefined.tier).toBe('L2');
    expect(cachedUndefined.value).toBeUndefined();
  });

  it('answers with the value as it reads back from JSON, whichever tier it comes from', async () => {
    const a = newCache();
    const fromOrigin = await a.fetch('json', 'schedules', async () => ({ airsAt: new Date('2025-01-05T15:00:00Z') }));
    const fromL2 = await newCache().fetch('json', 'schedules', failingLoader());
    expect(fromOrigin.value).toEqual({ airsAt: '2025-01-05T15:00:00.000Z' });
    expect(fromL2.value).toEqual(fromOrigin.value);
  });

  it('loads a key once for concurrent callers', async () => {
    const cache = newCache();
    const upstream = deferred<string>();
    let calls = 0;
    const load = () => (calls++, upstream.promise);
    const answers = Promise.all(Array.from({ length: 5 }, () => cache.fetch('concurrent', 'apiResponses', load)));
    await until(() => calls > 0);
    await sleep(50);
    upstream.resolve('once');
    expect((await answers).map((a) => [a.tier, a.value])).toEqual(Array(5).fill(['ORIGIN', 'once']));
    expect(calls).toBe(1);
  });

  it('refreshes a stale entry in the background while answering with it', async () => {
    const clock = new Clock();
    const a = newCache({ now: clock.now });
    await a.fetch('swr', 'schedules', async () => 'v1');
    clock.advance(HOUR + 60);

    const upstream = deferred<string>();
    let calls = 0;
    const load = () => (calls++, upstream.promise);
    const first = await settlesWithin(a.fetch('swr', 'schedules', load), 2000);
    const second = await settlesWithin(a.fetch('swr', 'schedules', load), 2000);
    for (const answer of [first, second]) {
      expect(answer).toMatchObject({ value: 'v1', tier: 'L1', stale: true, staleReason: 'revalidating', ageSeconds: HOUR + 60 });
    }
    expect(calls).toBe(1);

    upstream.resolve('v2');
    await a.settled();
    expect(await a.fetch('swr', 'schedules', failingLoader())).toMatchObject({ value: 'v2', tier: 'L1', stale: false, ageSeconds: 0 });
    const other = newCache({ now: clock.now });
    expect(await other.fetch('swr', 'schedules', failingLoader())).toMatchObject({ value: 'v2', tier: 'L2', stale: false });
    expect(a.stats().staleServed).toBe(2);
  });

  it('serves stale data and says so when the loader fails', async () => {
    const clock = new Clock();
    const cache = newCache({ now: clock.now });
    await cache.fetch('down', 'apiResponses', async () => 'v1');
    clock.advance(6 * HOUR + 1);
    const outage = new Error('AniList answered 503');
    const failing = () => Promise.reject(outage);

    expect(await cache.fetch('down', 'apiResponses', failing)).toMatchObject({ value: 'v1', stale: true, staleReason: 'revalidating' });
    await cache.settled();
    const answer = await cache.fetch('down', 'apiResponses', failing);
    expect(answer).toMatchObject({ value: 'v1', tier: 'L1', stale: true, staleReason: 'upstream-failed' });
    expect(answer.error).toBe(outage);
    await cache.settled();
    expect(cache.stats()).toMatchObject({ origin: { loads: 3, failures: 2 }, staleServed: 2 });

    // Once upstream answers again, the refresh replaces the stale value.
    await cache.fetch('down', 'apiResponses', async () => 'v2');
    await cache.settled();
    expect(await cache.fetch('down', 'apiResponses', failing)).toMatchObject({ value: 'v2', stale: false });
  });

  it("expires entries by their data class's TTL", async () => {
    const clock = new Clock();
    const cache = newCache({ now: clock.now, ttlSeconds: DEFAULT_TTL_SECONDS });
    const t0 = clock.t;
    await cache.fetch('links', 'streamingLinks', async () => 'links');
    await cache.fetch('details', 'animeDetails', async () => 'details');

    clock.set(t0 + 30 * 60_000);
    expect((await cache.fetch('links', 'streamingLinks', failingLoader())).stale).toBe(false);
    clock.set(t0 + 30 * 60_000 + 1000);
    expect((await cache.fetch('links', 'streamingLinks', async () => 'links')).stale).toBe(true);
    expect((await cache.fetch('details', 'animeDetails', failingLoader())).stale).toBe(false);
    clock.set(t0 + 7 * 24 * HOUR * 1000);
    expect((await cache.fetch('details', 'animeDetails', failingLoader())).stale).toBe(false);
    clock.set(t0 + 7 * 24 * HOUR * 1000 + 1000);
    expect((await cache.fetch('details', 'animeDetails', async () => 'details')).stale).toBe(true);
    await cache.settled();

    const short = newCache({ now: clock.now, ttlSeconds: { schedules: 5 } });
    await short.fetch('configured', 'schedules', async () => 'airing');
    clock.advance(6);
    expect((await short.fetch('configured', 'schedules', async () => 'airing')).stale).toBe(true);
  });

  it('stops serving an entry once it is older than its TTL plus the stale window, in either tier', async () => {
    const clock = new Clock();
    const memoryOnly = newCache({ now: clock.now, redis: undefined });
    await memoryOnly.fetch('too-old', 'schedules', async () => 'old');
    await newCache({ now: clock.now }).fetch('too-old', 'schedules', async () => 'old');
    clock.advance(HOUR + HOUR + 1); // TTL + maxStale of newCache(), and a second
    await expect(memoryOnly.fetch('too-old', 'schedules', failingLoader())).rejects.toThrow('not expected');
    // Redis still holds the key (its expiry runs on the real clock), but the entry says how old it is.
    expect(await newCache({ now: clock.now }).fetch('too-old', 'schedules', async () => 'new')).toMatchObject({
      tier: 'ORIGIN',
      value: 'new',
    });
  });

  it('keeps an entry in Redis for its TTL plus the stale window', async () => {
    const cache = newCache({ ttlSeconds: { schedules: 60 }, maxStaleSeconds: 30 });
    await cache.fetch('expiry', 'schedules', async () => 'x');
    const pttl = await redis.client.pttl(`${namespace}expiry`);
    expect(pttl).toBeGreaterThan(89_000);
    expect(pttl).toBeLessThanOrEqual(90_000);
  });

  it('does not cache a failed load, and throws its error when there is nothing stale to serve', async () => {
    const cache = newCache();
    await expect(cache.fetch('flaky', 'apiResponses', () => Promise.reject(new Error('timeout')))).rejects.toThrow('timeout');
    expect(await cache.fetch('flaky', 'apiResponses', async () => 'ok')).toMatchObject({ tier: 'ORIGIN', value: 'ok' });
    expect(cache.stats().origin).toEqual({ loads: 2, failures: 1 });
  });

  it('answers without keeping a result the loader marks uncached', async () => {
    const cache = newCache();
    expect(await cache.fetch('partial', 'apiResponses', async () => uncached('partial'))).toMatchObject({
      tier: 'ORIGIN',
      value: 'partial',
    });
    expect(await newCache().fetch('partial', 'apiResponses', async () => 'full')).toMatchObject({ tier: 'ORIGIN', value: 'full' });
    expect(await cache.fetch('partial', 'apiResponses', async () => 'full')).toMatchObject({ tier: 'L2', value: 'full' });
  });

  it('answers from origin when a Redis command fails, and counts it as an L2 error', async () => {
    await redis.client.rpush(`${namespace}wrong-type`, 'not a string key');
    await redis.client.set(`${namespace}not-json`, '{oops');
    const cache = newCache();
    expect(await cache.fetch('wrong-type', 'apiResponses', async () => 'a')).toMatchObject({ tier: 'ORIGIN', value: 'a' });
    expect(await cache.fetch('not-json', 'apiResponses', async () => 'b')).toMatchObject({ tier: 'ORIGIN', value: 'b' });
    expect(cache.stats().l2.errors).toBe(2);
    expect(await newCache().fetch('wrong-type', 'apiResponses', failingLoader())).toMatchObject({ tier: 'L2', value: 'a' });
  });
});

describe('TieredCache over a Redis that fails', () => {
  let server: RedisServer;
  let connection: RedisConnection;
  const { log: outageLog, lines } = memoryLogger();

  beforeAll(async () => {
    server = await startRedisServer();
    connection = connectRedis(server.url, outageLog, { maxReconnectDelayMs: 100 });
    expect(await connection.whenAvailable(3000)).toBe(true);
  });

  afterAll(async () => {
    await connection?.close();
    await server?.stop();
  });

  it('keeps answering from memory when Redis goes away, logs it once, and uses Redis again when it is back', async () => {
    const cache = new TieredCache({ redis: connection, namespace: 'outage:', log: outageLog });
    await cache.fetch('before', 'apiResponses', async () => 'before');

    await server.kill();
    await until(() => !connection.available);
    expect(await settlesWithin(cache.fetch('before', 'apiResponses', failingLoader()), 2000)).toMatchObject({ tier: 'L1' });
    expect(
      await settlesWithin(
        cache.fetch('during', 'apiResponses', async () => 'during'),
        2000,
      ),
    ).toMatchObject({ tier: 'ORIGIN' });
    expect((await cache.fetch('during', 'apiResponses', failingLoader())).tier).toBe('L1');
    expect(cache.stats().l2).toMatchObject({ available: false, errors: 0 });
    await sleep(400); // several reconnect attempts, each of which fails
    const gone = lines.filter((line) =>
      /^Redis unavailable at redis:\/\/127\.0\.0\.1:\d+; caching in memory only until it is back$/.test(line.msg),
    );
    expect(gone).toHaveLength(1);
    expect(gone[0].level).toBe(40);

    await server.restart();
    expect(await connection.whenAvailable(3000)).toBe(true);
    expect(lines.filter((line) => line.msg.startsWith('Redis is back at'))).toHaveLength(1);
    await cache.fetch('after', 'apiResponses', async () => 'after');
    const other = new TieredCache({ redis: connection, namespace: 'outage:', log: outageLog });
    expect(await other.fetch('after', 'apiResponses', failingLoader())).toMatchObject({ tier: 'L2', value: 'after' });
  });

  it('fails Redis commands at once while Redis is down, instead of queueing them', async () => {
    await server.kill();
    await until(() => !connection.available);
    try {
      await expect(settlesWithin(connection.client.get('anything'), 1000)).rejects.toThrow(/enableOfflineQueue/);
    } finally {
      await server.restart();
    }
    expect(await connection.whenAvailable(3000)).toBe(true);
  });

  it('answers from origin when Redis hangs, instead of waiting for it', async () => {
    expect(await connection.whenAvailable(3000)).toBe(true);
    const cache = new TieredCache({ redis: connection, namespace: 'hang:', log: outageLog });
    server.freeze();
    try {
      const answer = await settlesWithin(
        cache.fetch('hung', 'apiResponses', async () => 'from origin'),
        2000,
      );
      expect(answer).toMatchObject({ tier: 'ORIGIN', value: 'from origin' });
      expect(cache.stats().l2.errors).toBe(2); // the read and the write, each given up after the command timeout
    } finally {
      server.thaw();
    }
  });
});

function newCache(options: Partial<CacheOptions> = {}): TieredCache {
  return new TieredCache({ ttlSeconds: { schedules: HOUR }, maxStaleSeconds: HOUR, l1MaxEntries: 100, namespace, redis, log, ...options });
}

function failingLoader(): () => Promise<never> {
  return () => Promise.reject(new Error('not expected: the loader was called'));
}

class Clock {
  t = Date.UTC(2025, 0, 1);
  now = () => this.t;
  advance(seconds: number) {
    this.t += seconds * 1000;
  }
  set(t: number) {
    this.t = t;
  }
}

function memoryLogger(): { log: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger('debug', sink), lines };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met within 3 s');
    await sleep(10);
  }
}

// Not a timing assertion: a generous bound that turns "waits for Redis forever" into a clear failure.
function settlesWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const stalled = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms)));
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer));
}
