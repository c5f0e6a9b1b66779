// Conversations of POST /api/query through the real gateway over HTTP: a follow-up with the same
// session_id refines the last answer; the session store's backends (memory, Redis) behave alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../lib/logger.js';
import { connectRedis, type RedisConnection } from '../lib/redis.js';
import { memoryConversations, redisConversations, type ConversationStore, type Turn } from '../questions/conversations.js';
import { writeFixtureCatalog, type FixtureFiles } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { startRedisServer, type RedisServer } from './helpers/redis-server.js';

const log = createLogger('silent');
let fixture: FixtureFiles;
let redis: RedisServer;

beforeAll(async () => {
  fixture = writeFixtureCatalog();
  redis = await startRedisServer();
});
afterAll(() => redis?.stop());

async function startApp(env: Record<string, string> = {}): Promise<{ t: TestApp; ask: Ask }> {
  const t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, ANIME_SYNOPSES_PATH: fixture.synopsesPath, ...env });
  // The word index (tags, synopses) is built in a worker after the start.
  await t.searchSettled();
  const base = t.app.url.replace(/\/graphql$/, '');
  const ask: Ask = async (query, session_id) => {
    const response = await fetch(`${base}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, ...(session_id === undefined ? {} : { session_id }) }),
    });
    return { status: response.status, body: await response.json() };
  };
  return { t, ask };
}

type Ask = (query: unknown, sessionId?: string) => Promise<{ status: number; body: any }>;

// In the fixture, dramas of the 2000s are TV series and two movies (Cowboy Bebop: Tengoku no Tobira,
// Sen to Chihiro no Kamikakushi); older dramas are Cowboy Bebop, Neon Genesis Evangelion and One Piece.
const QUESTION = 'dramas from the 2000s';

describe('conversations of POST /api/query (memory)', () => {
  let app: { t: TestApp; ask: Ask };
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.t.close());

  it('narrows the last answer to movies on "only movies", carrying the rest over', async () => {
    const first = await app.ask(QUESTION, 'movies-1');
    expect(first.status).toBe(200);
    expect(first.body.conversation_id).toBe('movies-1');
    expect(first.body.metadata.carried_over).toEqual([]);
    expect(first.body.metadata.parameters).toMatchObject({ years: { from: 2000, to: 2009 }, tagsInclude: ['drama'] });
    expect(first.body.results.some((r: any) => r.type !== 'MOVIE')).toBe(true);

    const { status, body } = await app.ask('only movies', 'movies-1');
    expect(status).toBe(200);
    expect(body.conversation_id).toBe('movies-1');
    expect(body.metadata.parameters).toEqual({
      intent: 'search',
      years: { from: 2000, to: 2009 },
      tagsInclude: ['drama'],
      types: ['MOVIE'],
    });
    expect(body.metadata.carried_over).toEqual(['years', 'tagsInclude']);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(r.type).toBe('MOVIE');
      expect(r.tags).toContain('drama');
    }
  });

  it('answers "more like the second one" with the anime similar to the second result of the last answer', async () => {
    const first = await app.ask(QUESTION, 'second-1');
    const second = first.body.results[1];
    expect(second).toBeDefined();

    const { body } = await app.ask('more like the second one', 'second-1');
    expect(body.metadata.intent).toBe('similar');
    expect(body.metadata.parameters.similarTo).toEqual([{ id: second.id, title: second.title }]);
    expect(body.metadata.carried_over).toEqual(expect.arrayContaining(['years', 'tagsInclude', 'similarTo']));
    expect(body.metadata.parameters.text).toBeUndefined();
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) expect(r.because.id).toBe(second.id);
  });

  it('moves the years before the last window on "what about older ones?"', async () => {
    await app.ask(QUESTION, 'older-1');
    const { body } = await app.ask('what about older ones?', 'older-1');
    expect(body.metadata.parameters).toMatchObject({ years: { to: 1999 }, tagsInclude: ['drama'] });
    expect(body.metadata.parameters.years.from).toBeUndefined();
    expect(body.metadata.carried_over).toEqual(['years', 'tagsInclude']);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) expect(r.year).toBeLessThan(2000);
  });

  it('starts afresh on a new title or a new topic in the same session', async () => {
    await app.ask(QUESTION, 'fresh-1');
    const title = await app.ask('like Attack on Titan', 'fresh-1');
    expect(title.body.metadata.parameters).toEqual({ intent: 'similar', similarTo: [{ id: 'mal-16498', title: 'Shingeki no Kyojin' }] });
    expect(title.body.metadata.carried_over).toEqual([]);

    const topic = await app.ask('a girl who can see ghosts', 'fresh-1');
    expect(topic.body.metadata.parameters).toEqual({ intent: 'search', text: 'girl ghosts' });
    expect(topic.body.metadata.carried_over).toEqual([]);
  });

  it("does not show one session's parameters to another, and answers without a session with conversation_id null", async () => {
    await app.ask(QUESTION, 'mine');
    const other = await app.ask('only movies', 'someone-else');
    expect(other.body.conversation_id).toBe('someone-else');
    expect(other.body.metadata.carried_over).toEqual([]);
    expect(other.body.metadata.parameters.years).toBeUndefined();
    expect(other.body.metadata.parameters.tagsInclude).toBeUndefined();

    const none = await app.ask('only movies');
    expect(none.body.conversation_id).toBeNull();
    expect(none.body.metadata.carried_over).toEqual([]);
  });

  it('warns, and keeps the rest, when the result asked for is not in the last answer', async () => {
    await app.ask({ intent: 'search', text: 'Cowboy Bebop', types: ['MOVIE'] }, 'short-1');
    const { body } = await app.ask('more like the fifth one', 'short-1');
    expect(body.metadata.intent).toBe('search');
    expect(body.metadata.warnings.some((w: string) => w.includes('fifth'))).toBe(true);
  });

  it.each([['has spaces'], ['x'.repeat(129)], [''], ['ünïcode']])('refuses the session_id %j with 422 VALIDATION_FAILED', async (id) => {
    const { status, body } = await app.ask('only movies', id);
    expect(status).toBe(422);
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.issues[0].path).toEqual(['session_id']);
  });
});

describe('conversation expiry', () => {
  it('forgets a session after CONVERSATION_TTL', async () => {
    const { t, ask } = await startApp({ CONVERSATION_TTL: '1s' });
    try {
      await ask(QUESTION, 'brief');
      expect((await ask('only movies', 'brief')).body.metadata.carried_over).toEqual(['years', 'tagsInclude']);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const late = await ask('only movies', 'brief');
      expect(late.body.metadata.carried_over).toEqual([]);
      expect(late.body.metadata.parameters).toMatchObject({ types: ['MOVIE'] });
      expect(late.body.metadata.parameters.years).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('conversations of POST /api/query (Redis)', () => {
  it('shares a session between two gateways through Redis, and answers from memory once Redis is killed', async () => {
    const a = await startApp({ REDIS_URL: redis.url });
    const b = await startApp({ REDIS_URL: redis.url });
    const probe = connectRedis(redis.url, log);
    try {
      expect(await probe.whenAvailable(2000)).toBe(true);
      await a.ask(QUESTION, 'redis-1');
      expect(await probe.client.pttl('anigraph:conversation:redis-1')).toBeGreaterThan(29 * 60 * 1000);
      // Only Redis can tell b what a answered.
      const movies = await b.ask('only movies', 'redis-1');
      expect(movies.body.metadata.carried_over).toEqual(['years', 'tagsInclude']);
      expect(movies.body.metadata.parameters.types).toEqual(['MOVIE']);

      await redis.kill();
      // The answer still comes. a kept its own last turn in memory, so the session carries on from the
      // question a answered, without the "only movies" b answered since; an instance that never saw the
      // session would start it afresh.
      const older = await a.ask('what about older ones?', 'redis-1');
      expect(older.status).toBe(200);
      expect(older.body.metadata.parameters).toEqual({ intent: 'search', years: { to: 1999 }, tagsInclude: ['drama'] });
      expect(older.body.metadata.carried_over).toEqual(['years', 'tagsInclude']);
      expect(older.body.results.length).toBeGreaterThan(0);
      for (const r of older.body.results) expect(r.year).toBeLessThan(2000);
    } finally {
      await probe.close();
      await Promise.all([a.t.close(), b.t.close()]);
      await redis.restart();
    }
  });
});

describe.each([
  ['memory', async (ttlMs: number) => memoryConversations(ttlMs)],
  ['Redis', async (ttlMs: number) => redisConversations(await redisConnection(), ttlMs)],
] as const)('the %s conversation store', (_name, create) => {
  const turn = (id: string): Turn => ({ parameters: { intent: 'search', types: ['TV'] }, results: [{ id, title: `anime ${id}` }] });
  let store: ConversationStore;
  afterAll(() => store?.close());

  it('keeps the last turn of each session apart, and forgets it after the TTL', async () => {
    store = await create(300);
    await store.set('a', turn('mal-1'));
    await store.set('a', turn('mal-2'));
    await store.set('b', turn('mal-3'));
    expect(await store.get('a')).toEqual(turn('mal-2'));
    expect(await store.get('b')).toEqual(turn('mal-3'));
    expect(await store.get('c')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(await store.get('a')).toBeUndefined();
  });
});

async function redisConnection(): Promise<RedisConnection> {
  const connection = connectRedis(redis.url, log);
  expect(await connection.whenAvailable(2000)).toBe(true);
  return connection;
}
