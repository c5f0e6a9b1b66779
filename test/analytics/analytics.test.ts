// Every operation recorded, whatever its transport, and what the analytics subgraph makes of them:
// the operator's report, a user's own, trending against the window before, retention, /metrics.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AnalyticsEvent } from '../../lib/analytics/event.js';
import type { AnalyticsSubgraph } from '../../subgraphs/analytics/subgraph.js';
import { startAppWithFakes, type AppWithFakes } from '../helpers/app-with-fakes.js';
import { connectMcp } from '../mcp/client.js';

const ADMIN_API_KEY = 'admin-key-for-the-analytics-tests';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let world: AppWithFakes;
let now = new Date('2026-11-02T12:00:00Z');
let user: { id: string; key: string };

const admin = { authorization: `Bearer ${ADMIN_API_KEY}` };
const gql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  world.t.gql(query, variables, headers);
const recorder = () => world.t.app.analytics.recorder;
/** Moves the app's clock on: every window below starts where the last one ended. */
const tick = (ms = 1000) => (now = new Date(now.getTime() + ms));

const REPORT = `query Report($from: DateTimeISO!, $to: DateTimeISO!) {
  analyticsReport(from: $from, to: $to) {
    scope operations
    queryMix { operationName operationType count share }
    transports { transport count }
    popularSearches { text count }
    trendingAnime { anime { id title } searches lookups previous score }
    platforms { platform calls originCalls errorRate cacheHitRate latencyP50Ms latencyP95Ms }
    tiers { tier operations callers }
    errors { code count }
    latency { p50Ms p95Ms p99Ms }
    cost { platformCalls llmTokens platformCallsPerQuery llmTokensPerQuery }
    recommendations { kind subject message }
  }
}`;

async function report(from: Date, to: Date, headers: Record<string, string> = admin) {
  await recorder().flush();
  const { body } = await gql(REPORT, { from: from.toISOString(), to: to.toISOString() }, headers);
  tick(); // the report's own operation stays out of the next window
  expect(body.errors).toBeUndefined();
  return body.data.analyticsReport;
}

beforeAll(async () => {
  world = await startAppWithFakes({ ADMIN_API_KEY, RESPONSE_CACHE_TTL: '0', PLATFORM_RETRIES: '0' }, { clock: () => now });
  const { body } = await gql('mutation { createUser(name: "ana", tier: PREMIUM) { id } }', {}, admin);
  const id = body.data.createUser.id;
  const created = await gql('mutation($id: ID!) { createApiKey(name: "k", userId: $id) { key } }', { id }, admin);
  user = { id, key: created.body.data.createApiKey.key };
  tick(); // what the set-up did stays out of every window below
});

afterAll(async () => {
  await world?.close();
});

describe('recording', () => {
  it('records each operation with its fields, search words and caller, whatever the transport', async () => {
    const from = now;
    tick();
    await gql('query Lookup { anime(id: "mal-1") { id title } }');
    await gql('query Find($q: String!) { search(query: $q, first: 3) { hits { anime { id } } } }', { q: '  Cowboy   Bebop ' });
    expect((await fetch(`${world.base}/api/anime/mal-1`)).status).toBe(200);
    const ws = createClient({ url: world.t.app.url.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false });
    await new Promise<void>((resolve, reject) =>
      ws.subscribe({ query: 'query OverWs { catalogStats { total } }' }, { next: () => undefined, error: reject, complete: resolve }),
    );
    await ws.dispose();
    const mcp = await connectMcp(world.t);
    const called = await mcp.callTool({ name: 'search_anime', arguments: { query: 'clannad', limit: 3 } });
    expect(called.isError).toBeFalsy();
    await mcp.close();
    tick();
    const r = await report(from, now);
    expect(r.scope).toBe('ALL');
    const names = r.queryMix.map((m: { operationName: string }) => m.operationName);
    expect(names).toEqual(expect.arrayContaining(['Lookup', 'Find', 'OverWs']));
    expect(r.transports.map((t: { transport: string }) => t.transport).sort()).toEqual(['graphql-http', 'graphql-ws', 'mcp', 'rest']);
    expect(r.popularSearches).toEqual([
      { text: 'clannad', count: 1 },
      { text: 'cowboy bebop', count: 1 },
    ]);
    expect(r.tiers).toContainEqual({ tier: 'FREE', operations: 5, callers: 1 });
    expect(r.latency.p50Ms).toBeGreaterThan(0);
  });

  it("reports each platform's lookups, cache hits and latency", async () => {
    const from = now;
    tick();
    const query = 'query Scores { anime(id: "mal-1") { platformScores { platform score } } }';
    await gql(query);
    await gql(query); // now from the cache
    tick();
    const r = await report(from, now);
    // Each platform was asked once, and answered the second time from the memory tier.
    expect(r.platforms.map((p: { platform: string }) => p.platform).sort()).toEqual([
      'ANIDB',
      'ANILIST',
      'ANIMESCHEDULE',
      'KITSU',
      'MYANIMELIST',
    ]);
    for (const platform of r.platforms) {
      expect(platform).toMatchObject({ calls: 2, originCalls: 1, cacheHitRate: 0.5, errorRate: 0 });
      expect(platform.latencyP95Ms).toBeGreaterThan(0);
    }
    expect(r.cost.platformCalls).toBe(r.platforms.reduce((sum: number, p: { originCalls: number }) => sum + p.originCalls, 0));
  });

  it('gives a user their own operations only, and refuses an anonymous caller', async () => {
    const from = now;
    tick();
    const asUser = { authorization: `Bearer ${user.key}` };
    await gql('query Mine { anime(id: "mal-1") { id } }', {}, asUser);
    await gql('query NotMine { anime(id: "mal-1") { id } }');
    tick();
    const own = await report(from, now, asUser);
    expect(own.scope).toBe('OWN');
    expect(own.queryMix.map((m: { operationName: string }) => m.operationName)).toEqual(['Mine']);
    expect(own.tiers).toEqual([{ tier: 'PREMIUM', operations: 1, callers: 1 }]);
    const anonymous = await gql(REPORT, { from: from.toISOString(), to: now.toISOString() });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('loses no operation of a burst of concurrent requests', async () => {
    const from = now;
    tick();
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) => gql('query Burst($id: ID!) { anime(id: $id) { id } }', { id: i % 2 ? 'mal-1' : 'mal-5' })),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    tick();
    const r = await report(from, now);
    expect(r.queryMix).toContainEqual(expect.objectContaining({ operationName: 'Burst', operationType: 'query', count: 300 }));
    expect(recorder().counts.dropped).toBe(0);
  });

  it('refuses a window that ends before it starts', async () => {
    const { body } = await gql(REPORT, { from: now.toISOString(), to: new Date(now.getTime() - 1).toISOString() }, admin);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
  });
});

describe('trending', () => {
  it('ranks the anime looked at more than in the window before, and leaves out those looked at less', async () => {
    now = new Date(now.getTime() + 10 * DAY);
    const lookup = (id: string) => gql('query Look($id: ID!) { anime(id: $id) { id } }', { id });
    // Yesterday: Cowboy Bebop three times. Today: Bebop once, Clannad four times.
    now = new Date(now.getTime() - 12 * HOUR);
    for (let i = 0; i < 3; i++) await lookup('mal-1');
    now = new Date(now.getTime() + 24 * HOUR);
    await lookup('mal-1');
    for (let i = 0; i < 4; i++) await lookup('mal-2167');
    // Ids that are not anime never trend (a public query must not show users' ids).
    for (let i = 0; i < 5; i++) await gql('query U($id: ID!) { user(id: $id) { id } }', { id: user.id }, admin);
    await recorder().flush();
    tick();
    const { body } = await gql('{ trending(window: DAY) { anime { id title } searches lookups previous score } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.trending).toEqual([{ anime: { id: 'mal-2167', title: 'Clannad' }, searches: 0, lookups: 4, previous: 0, score: 4 }]);
  });
});

describe('searches in trending', () => {
  it('counts what a search found first, even when the query selects no id', async () => {
    const from = now;
    tick();
    const { body } = await gql('query TitlesOnly { search(query: "mushishi", first: 1, mode: LEXICAL) { hits { anime { title } } } }');
    expect(body.data.search.hits[0].anime.title).toBe('Mushishi');
    tick();
    const r = await report(from, now);
    expect(r.trendingAnime).toContainEqual(
      expect.objectContaining({ anime: { id: 'mal-457', title: 'Mushishi' }, searches: 1, lookups: 0 }),
    );
  });
});

describe('retention', () => {
  it('deletes the events older than ANALYTICS_RETENTION and keeps the rest', async () => {
    const old: AnalyticsEvent = {
      at: new Date(now.getTime() - 91 * DAY),
      operationName: 'Ancient',
      operationType: 'query',
      transport: 'graphql-http',
      latencyMs: 1,
      subject: 'operator',
      tier: 'ENTERPRISE',
    };
    recorder().record(old);
    recorder().record({ ...old, operationName: 'Recent', at: new Date(now.getTime() - 89 * DAY) });
    await recorder().flush();
    const analytics = world.t.app.subgraphs.get('analytics') as AnalyticsSubgraph;
    expect(await analytics.enforceRetention()).toBe(1);
    const r = await report(new Date(now.getTime() - 100 * DAY), now);
    const names = r.queryMix.map((m: { operationName: string }) => m.operationName);
    expect(names).toContain('Recent');
    expect(names).not.toContain('Ancient');
  });
});

describe('/metrics', () => {
  it('shows the queue depth and the events written and dropped', async () => {
    await recorder().flush();
    const text = await (await fetch(`${world.base}/metrics`)).text();
    expect(text).toMatch(/^anigraph_analytics_queue_depth 0$/m);
    const written = Number(/^anigraph_analytics_events_total\{result="written"\} (\d+)$/m.exec(text)?.[1]);
    expect(written).toBeGreaterThan(5);
    expect(text).toMatch(/^anigraph_analytics_events_total\{result="dropped"\} 0$/m);
  });
});

describe('deleteMyData', () => {
  it("deletes the user's analytics events with the rest of their data", async () => {
    const { body } = await gql('mutation { createUser(name: "gone") { id } }', {}, admin);
    const id = body.data.createUser.id;
    const created = await gql('mutation($id: ID!) { createApiKey(name: "k", userId: $id) { key } }', { id }, admin);
    const asGone = { authorization: `Bearer ${created.body.data.createApiKey.key}` };
    const from = now;
    tick();
    await gql('query Before { anime(id: "mal-1") { id } }', {}, asGone);
    tick();
    const before = await report(from, now);
    expect(before.queryMix.map((m: { operationName: string }) => m.operationName)).toContain('Before');
    expect((await gql('mutation Bye { deleteMyData { userId } }', {}, asGone)).body.data.deleteMyData.userId).toBe(id);
    const after = await report(from, now);
    expect(after.queryMix.map((m: { operationName: string }) => m.operationName)).not.toContain('Before');
  });
});
