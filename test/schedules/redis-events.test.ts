// Two gateway instances on one Redis (a private redis-server): one polls and publishes, both deliver
// each event once to their own subscribers; when the poller goes, the other takes over.
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RedisPollLock } from '../../subgraphs/schedules/domain/poll-lock.js';
import type { SchedulesSubgraph } from '../../subgraphs/schedules/subgraph.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { onePiece } from '../platforms/fakes/anime-one-piece.js';
import { nextBroadcast } from '../platforms/fakes/fixture-airing.js';
import { startFakes, type Fakes } from '../platforms/fakes/start-all.js';

const MINUTE = 60_000;
const broadcast = nextBroadcast(onePiece.airing!, new Date());
let now = new Date(broadcast.at.getTime() - 5 * MINUTE);
let redis: RedisServer;
let fakes: Fakes;
let apps: TestApp[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  fakes = await startFakes();
  const env = { ANIME_DB_PATH: writeFixtureCatalog().catalogPath, ...fakes.env, REDIS_URL: redis.url };
  apps = await Promise.all([startTestApp(env, { clock: () => now }), startTestApp(env, { clock: () => now })]);
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  for (const app of apps) await app.close();
  await fakes?.close();
  await redis?.stop();
});

const schedulesOf = (app: TestApp) => app.app.subgraphs.get('schedules') as SchedulesSubgraph;

function collect(app: TestApp, query: string) {
  const client = createClient({ url: app.app.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  clients.push(client);
  const events: unknown[] = [];
  client.subscribe({ query }, { next: (result) => events.push(result.data), error: () => undefined, complete: () => undefined });
  return events;
}

describe('schedule events through Redis', () => {
  it('delivers an event published once to the subscribers of both instances, each once', async () => {
    const [a, b] = apps.map((app) => collect(app, 'subscription { episodeAired(airType: RAW) { id anime { title } } }'));
    // Another subscriber on the first instance comes and goes: the ones that stay keep hearing Redis.
    const passer = createClient({ url: apps[0].app.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
    passer.subscribe(
      { query: 'subscription { scheduleChanged { kind } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await expect.poll(() => apps.map((app) => schedulesOf(app).events.listeners)).toEqual([2, 1]);
    await passer.dispose();
    await expect.poll(() => apps.map((app) => schedulesOf(app).events.listeners)).toEqual([1, 1]);
    const [first, second] = apps.map(schedulesOf);
    // Both try; only the lock's holder reads and publishes.
    await Promise.all([first.poller.poll(), second.poller.poll()]);
    await Promise.all([first.poller.tick(), second.poller.tick()]);
    now = new Date(broadcast.at.getTime() + MINUTE);
    await Promise.all([first.poller.tick(), second.poller.tick()]);
    const expected = { episodeAired: { id: `mal-21:RAW:${broadcast.episode}`, anime: { title: 'One Piece' } } };
    await expect.poll(() => [a, b]).toEqual([[expected], [expected]]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([a.length, b.length]).toEqual([1, 1]);
    // Once its subscribers leave, an instance listens to the Redis channel no more.
    const channelSubscribers = async () => {
      const probe = new Redis(redis.url);
      const [, count] = (await probe.pubsub('NUMSUB', 'anigraph:schedules:schedule')) as [string, number];
      probe.disconnect();
      return Number(count);
    };
    expect(await channelSubscribers()).toBe(2);
    for (const client of clients.splice(0)) await client.dispose();
    await expect.poll(channelSubscribers).toBe(0);
  });

  it('has the other instance poll and publish once the polling one stops', async () => {
    const [holder, other] = apps;
    // The first instance holds the poll: the lock is freed, and it polls first.
    const connection = new Redis(redis.url);
    await connection.del('anigraph:schedules:poller');
    await schedulesOf(holder).poller.poll();
    expect(await connection.exists('anigraph:schedules:poller')).toBe(1);
    connection.disconnect();
    await holder.close();
    apps = [other];
    const events = collect(other, 'subscription { episodeAired(airType: RAW) { id } }');
    await expect.poll(() => schedulesOf(other).events.listeners).toBe(1);
    now = new Date(broadcast.at.getTime() + 7 * 24 * 60 * MINUTE - 5 * MINUTE);
    await schedulesOf(other).poller.poll();
    await schedulesOf(other).poller.tick();
    now = new Date(broadcast.at.getTime() + 7 * 24 * 60 * MINUTE + MINUTE);
    await schedulesOf(other).poller.tick();
    await expect.poll(() => events).toEqual([{ episodeAired: { id: `mal-21:RAW:${broadcast.episode + 1}` } }]);
  });

  it('lets another instance take the poll over when its holder stops renewing it, and not before', async () => {
    const connection = new Redis(redis.url);
    try {
      const holder = new RedisPollLock(connection, 'test:poller', 'holder', 300);
      const other = new RedisPollLock(connection, 'test:poller', 'other', 300);
      expect(await holder.hold()).toBe(true);
      expect(await other.hold()).toBe(false);
      expect(await holder.hold()).toBe(true); // renewed
      await new Promise((resolve) => setTimeout(resolve, 400)); // the holder dies: no renewal
      expect(await other.hold()).toBe(true);
      expect(await holder.hold()).toBe(false);
      await other.release();
      expect(await holder.hold()).toBe(true);
    } finally {
      connection.disconnect();
    }
  });
});
