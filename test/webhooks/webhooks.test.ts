// Webhooks end to end: the real app on the fixture catalog with the platforms faked, a receiver on
// 127.0.0.1 that checks every signature, and the app's clock moved by the test (schedules and retries).
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogSubgraph } from '../../subgraphs/catalog/subgraph.js';
import type { SchedulesSubgraph } from '../../subgraphs/schedules/subgraph.js';
import { writeFixtureCatalog, type FixtureFiles } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { onePiece } from '../platforms/fakes/anime-one-piece.js';
import { nextBroadcast } from '../platforms/fakes/fixture-airing.js';
import { startFakes, type Fakes } from '../platforms/fakes/start-all.js';
import { startReceiver, type Receiver } from './receiver.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const ADMIN_API_KEY = 'admin-key-for-the-webhook-tests-0123';
const broadcast = nextBroadcast(onePiece.airing!, new Date());
const rawId = `mal-21:RAW:${broadcast.episode}`;

let fakes: Fakes;
let receiver: Receiver;
let fixture: FixtureFiles;
let t: TestApp;
let now = new Date(broadcast.at.getTime() - 20 * MINUTE);
let key: string;

const DELIVERIES = `query($id: ID!) { webhookDeliveries(id: $id) { totalCount nodes {
  id event status attempts payload lastStatusCode lastError nextAttemptAt lastAttemptAt deliveredAt createdAt } } }`;

/** An operation with the user's key; its errors fail the test. */
async function asUser(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { body } = await t.gql(query, variables, { authorization: `Bearer ${key}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Registers a webhook at the receiver's `path` and gives the receiver its secret. */
async function register(path: string, events: string[], filter?: Record<string, unknown>): Promise<string> {
  const { registerWebhook } = await asUser(
    'mutation($url: String!, $events: [WebhookEvent!]!, $filter: AnimeFilter) { registerWebhook(url: $url, events: $events, filter: $filter) { secret webhook { id } } }',
    { url: `${receiver.base}${path}`, events, filter },
  );
  receiver.secrets.set(path, registerWebhook.secret);
  return registerWebhook.webhook.id;
}

const deliveriesOf = async (id: string) => (await asUser(DELIVERIES, { id })).webhookDeliveries;
const receivedAt = (path: string) => receiver.received.filter((r) => r.path === path);
const schedules = () => t.app.subgraphs.get('schedules') as SchedulesSubgraph;
const catalog = () => t.app.subgraphs.get('catalog') as CatalogSubgraph;

beforeAll(async () => {
  [fakes, receiver] = await Promise.all([startFakes(), startReceiver()]);
  fixture = writeFixtureCatalog();
  t = await startTestApp(
    {
      ANIME_DB_PATH: fixture.catalogPath,
      ...fakes.env,
      CACHE_TTL_SCHEDULES: '1',
      ADMIN_API_KEY,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_FOR: '1h',
    },
    { clock: () => now },
  );
  const admin = { authorization: `Bearer ${ADMIN_API_KEY}` };
  const user = await t.gql('mutation { createUser(name: "Hooked", tier: PREMIUM) { id } }', {}, admin);
  const created = await t.gql(
    'mutation($id: ID!) { createApiKey(name: "hooks", userId: $id) { key } }',
    { id: user.body.data.createUser.id },
    admin,
  );
  key = created.body.data.createApiKey.key;
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
  await fakes?.close();
});

describe('webhooks', () => {
  it('POSTs an airing episode, signed, to the webhooks whose filter keeps it, and retries until the receiver accepts', async () => {
    // The receiver fails each message twice, then accepts it.
    receiver.answer = (path, attempt) => (path === '/aired' && attempt <= 2 ? 500 : 200);
    const aired = await register('/aired', ['EPISODE_AIRED'], { type: ['TV'] });
    const movies = await register('/movies', ['EPISODE_AIRED'], { type: ['MOVIE'] });
    const soon = await register('/soon', ['AIRING_SOON']);
    await t.app.webhooks.sync();
    await expect.poll(() => schedules().events.listeners).toBe(3);

    await schedules().poller.poll();
    await schedules().poller.tick(); // 20 minutes before: within AIRING_SOON's 30 minutes
    now = new Date(broadcast.at.getTime() + MINUTE);
    await schedules().poller.tick();

    const attemptsOf = () => receivedAt('/aired').filter((r) => r.body.data.id === rawId);
    await expect.poll(() => attemptsOf().length).toBe(1);
    const [first] = attemptsOf();
    expect(first.verified).toBe(true);
    expect(first.status).toBe(500);
    expect(first.id).toMatch(/^msg_/);
    expect(first.body).toMatchObject({
      type: 'episode.aired',
      timestamp: now.toISOString(),
      data: {
        id: rawId,
        episode: broadcast.episode,
        airingAt: broadcast.at.toISOString(),
        airType: 'RAW',
        anime: { id: 'mal-21', title: 'One Piece', type: 'TV' },
      },
    });
    const pending = (await deliveriesOf(aired)).nodes.find((d: any) => d.id === first.id);
    expect(pending).toMatchObject({
      event: 'EPISODE_AIRED',
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: 500,
      lastError: expect.stringMatching(/^HTTP 500/),
      nextAttemptAt: new Date(now.getTime() + 5 * SECOND).toISOString(),
      deliveredAt: null,
    });
    expect(JSON.parse(pending.payload)).toEqual(first.body);

    // Nothing is due before the backoff's 5 seconds.
    await t.app.webhooks.deliverDue();
    expect(attemptsOf()).toHaveLength(1);
    now = new Date(now.getTime() + 6 * SECOND);
    await t.app.webhooks.deliverDue();
    expect(attemptsOf().map((r) => r.status)).toEqual([500, 500]);
    now = new Date(now.getTime() + 5 * MINUTE + SECOND);
    await t.app.webhooks.deliverDue();
    expect(attemptsOf().map((r) => r.status)).toEqual([500, 500, 200]);
    // The same message id and body on every attempt, each signed.
    expect(new Set(attemptsOf().map((r) => r.id))).toEqual(new Set([first.id]));
    expect(attemptsOf().every((r) => r.verified && JSON.stringify(r.body) === JSON.stringify(first.body))).toBe(true);
    const delivered = (await deliveriesOf(aired)).nodes.find((d: any) => d.id === first.id);
    expect(delivered).toMatchObject({
      status: 'DELIVERED',
      attempts: 3,
      lastStatusCode: 200,
      lastError: null,
      nextAttemptAt: null,
      deliveredAt: now.toISOString(),
    });

    // The movie-only webhook was told nothing; AIRING_SOON told the episode before it aired.
    expect(receivedAt('/movies')).toEqual([]);
    expect((await deliveriesOf(movies)).totalCount).toBe(0);
    await expect.poll(() => receivedAt('/soon').some((r) => r.body.data.id === rawId)).toBe(true);
    const told = receivedAt('/soon').find((r) => r.body.data.id === rawId)!;
    expect(told).toMatchObject({
      verified: true,
      status: 200,
      body: { type: 'episode.airing_soon', data: { airingAt: broadcast.at.toISOString() } },
    });
    expect((await deliveriesOf(soon)).nodes.find((d: any) => d.id === told.id)).toMatchObject({ status: 'DELIVERED', attempts: 1 });

    const metrics = await (await fetch(t.app.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/anigraph_webhook_deliveries_total\{event="EPISODE_AIRED",outcome="retry"\} ([2-9]|\d\d)/);
    expect(metrics).toMatch(/anigraph_webhook_deliveries_total\{event="EPISODE_AIRED",outcome="delivered"\} [1-9]/);
    expect(metrics).toMatch(/anigraph_webhook_deliveries_pending \d+/);
  });

  it('tells a catalog update, and marks a delivery FAILED once WEBHOOK_RETRY_FOR has passed without success', async () => {
    receiver.answer = (path) => (path === '/down' ? 503 : 200);
    const down = await register('/down', ['CATALOG_UPDATED']);
    const tvOnly = await register('/tv-only', ['CATALOG_UPDATED'], { type: ['TV'] });
    await t.app.webhooks.sync();
    await expect.poll(() => catalog().changes.listening).toBe(2);

    // The new release adds one movie.
    const release = JSON.parse(readFileSync(fixture.catalogPath, 'utf8'));
    const movie = {
      ...release.data.find((entry: any) => entry.title === 'Cowboy Bebop'),
      sources: ['https://myanimelist.net/anime/999001'],
      title: 'Webhook Test Movie',
      type: 'MOVIE',
      synonyms: [],
      relatedAnime: [],
    };
    writeFileSync(fixture.catalogPath, JSON.stringify({ ...release, data: [...release.data, movie] }));
    const start = now;
    await t.app.reload();

    await expect.poll(() => receivedAt('/down').length).toBe(1);
    const [first] = receivedAt('/down');
    expect(first.verified).toBe(true);
    expect(first.body).toMatchObject({
      type: 'catalog.updated',
      data: { addedCount: 1, removedCount: 0, added: [{ id: 'mal-999001', title: 'Webhook Test Movie', type: 'MOVIE' }], removed: [] },
    });
    expect(first.body.data.total).toBe((await t.gql('{ catalogStats { total } }')).body.data.catalogStats.total);

    // Attempts at 5 s, 5 min and 30 min, then a last one when the hour (WEBHOOK_RETRY_FOR) is over.
    for (const after of [6 * SECOND, 6 * MINUTE, 40 * MINUTE, 61 * MINUTE]) {
      now = new Date(start.getTime() + after);
      await t.app.webhooks.deliverDue();
    }
    expect(receivedAt('/down').map((r) => r.status)).toEqual([503, 503, 503, 503, 503]);
    const [failed] = (await deliveriesOf(down)).nodes;
    expect(failed).toMatchObject({
      event: 'CATALOG_UPDATED',
      status: 'FAILED',
      attempts: 5,
      lastStatusCode: 503,
      lastError: 'HTTP 503: not now (503)',
      nextAttemptAt: null,
      deliveredAt: null,
    });
    now = new Date(start.getTime() + 3 * 3600 * SECOND);
    await t.app.webhooks.deliverDue();
    expect(receivedAt('/down')).toHaveLength(5);
    // The update added no TV anime: the TV-only webhook was not told.
    expect((await deliveriesOf(tvOnly)).totalCount).toBe(0);
    expect(receivedAt('/tv-only')).toEqual([]);
    const metrics = await (await fetch(t.app.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toContain('anigraph_webhook_deliveries_total{event="CATALOG_UPDATED",outcome="failed"} 1');
  });

  it('stops telling a deleted webhook', async () => {
    const gone = await register('/gone', ['CATALOG_UPDATED']);
    await asUser('mutation($id: ID!) { deleteWebhook(id: $id) { id } }', { id: gone });
    expect((await asUser('{ webhooks { id } }')).webhooks.map((w: any) => w.id)).not.toContain(gone);
    const { body } = await t.gql(DELIVERIES, { id: gone }, { authorization: `Bearer ${key}` });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
