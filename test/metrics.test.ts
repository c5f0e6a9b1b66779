// /metrics through the real gateway over HTTP, with the platforms faked locally: each transport's
// requests are timed under their operation, errors counted by code, the platform cache's lookups by
// tier, breakers and quotas read on scrape, open subscriptions and MCP sessions; METRICS=false has none.
import type { Client as McpClient } from '@modelcontextprotocol/sdk/client/index.js';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from './helpers/app.js';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startAppWithFakes, type AppWithFakes } from './helpers/app-with-fakes.js';
import { connectMcp } from './mcp/client.js';
import type { Fakes } from './platforms/fakes/start-all.js';

let fakes: Fakes;
let t: TestApp;
let base: string;
let mcp: McpClient;

let world: AppWithFakes;
beforeAll(async () => {
  world = await startAppWithFakes();
  ({ fakes, t, base } = world);
  mcp = await connectMcp(t);
});
afterAll(async () => {
  await mcp?.close();
  await world?.close();
});

/** The samples of one scrape: each line `name{labels} value`, labels parsed. */
async function scrape(): Promise<{ name: string; labels: Record<string, string>; value: number }[]> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return (await response.text())
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labels = '', value] = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      return {
        name,
        labels: Object.fromEntries([...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]])),
        value: Number(value),
      };
    });
}

/** The sum of a metric's samples whose labels include `labels` (0 when there is none). */
function value(samples: Awaited<ReturnType<typeof scrape>>, name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

const requests = (samples: Awaited<ReturnType<typeof scrape>>, labels: Record<string, string>) =>
  value(samples, 'anigraph_request_duration_seconds_count', labels);

describe('GET /metrics', () => {
  it('serves the Prometheus text format with the process metrics', async () => {
    const samples = await scrape();
    expect(value(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'nodejs_heap_size_used_bytes')).toBe(true);
  });

  it('times requests per operation and transport, and does not count again the GraphQL operations REST and MCP run', async () => {
    const before = await scrape();
    for (let i = 0; i < 2; i++) expect((await t.gql('query MetricsProbe { anime(id: "mal-1") { title } }')).body.errors).toBeUndefined();
    expect((await fetch(`${base}/api/anime/mal-1`)).status).toBe(200);
    const tool = await mcp.callTool({ name: 'get_anime', arguments: { id: 'mal-1' } });
    expect(tool.isError).toBeFalsy();
    const after = await scrape();

    const grew = (labels: Record<string, string>) => requests(after, labels) - requests(before, labels);
    expect(grew({ transport: 'graphql-http', operation: 'MetricsProbe', outcome: 'ok' })).toBe(2);
    expect(grew({ transport: 'rest', operation: 'GET /api/anime/{id}', outcome: 'ok' })).toBe(1);
    expect(grew({ transport: 'mcp', operation: 'get_anime', outcome: 'ok' })).toBe(1);
    // REST and MCP ran AnimeById through the gateway: part of their requests, not GraphQL requests of their own.
    expect(grew({ transport: 'graphql-http' })).toBe(2);
    expect(value(after, 'anigraph_request_duration_seconds_bucket', { transport: 'rest', le: '+Inf' })).toBeGreaterThanOrEqual(1);
  });

  it('counts errors by code and times the failed requests as errors', async () => {
    const before = await scrape();
    const invalid = await t.gql('query Broken { noSuchField }');
    expect(invalid.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await fetch(`${base}/api/no-such-route`)).status).toBe(404);
    const after = await scrape();

    const grew = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);
    expect(grew('anigraph_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(grew('anigraph_errors_total', { code: 'ROUTE_NOT_FOUND' })).toBe(1);
    expect(grew('anigraph_request_duration_seconds_count', { transport: 'graphql-http', outcome: 'error' })).toBe(1);
    expect(grew('anigraph_request_duration_seconds_count', { transport: 'rest', operation: 'unmatched', outcome: 'error' })).toBe(1);
  });

  it('counts the platform cache: a miss in memory, then a hit for the same platform query', async () => {
    const query = '{ anime(id: "mal-16498") { platformScores { platform score } } }';
    const before = await scrape();
    await t.gql(query);
    const between = await scrape();
    await t.gql(query);
    const after = await scrape();

    const memory = (samples: typeof before, result: string) => value(samples, 'anigraph_cache_requests_total', { tier: 'memory', result });
    expect(memory(between, 'miss') - memory(before, 'miss')).toBeGreaterThan(0);
    expect(memory(after, 'hit') - memory(between, 'hit')).toBe(memory(between, 'miss') - memory(before, 'miss'));
    expect(memory(after, 'miss')).toBe(memory(between, 'miss'));
    // No Redis configured: the second tier is never asked.
    expect(value(after, 'anigraph_cache_requests_total', { tier: 'redis' })).toBe(0);
  });

  it('reports open graphql-ws subscriptions and MCP sessions, and times graphql-ws operations', async () => {
    const before = await scrape();
    expect(value(before, 'anigraph_mcp_sessions_open')).toBe(1);
    const client: Client = createClient({ url: t.app.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const first = await new Promise((resolve, reject) =>
        client.subscribe(
          { query: 'query WsProbe { anime(id: "mal-1") { title } }' },
          { next: resolve, error: reject, complete: () => undefined },
        ),
      );
      expect(first).toMatchObject({ data: { anime: { title: 'Cowboy Bebop' } } });
      const stop = client.subscribe(
        { query: 'subscription SoonProbe { airingSoon(withinMinutes: 15) { episode } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
      await expect.poll(async () => value(await scrape(), 'anigraph_subscriptions_open')).toBe(1);
      const during = await scrape();
      expect(requests(during, { transport: 'graphql-ws', operation: 'WsProbe', outcome: 'ok' })).toBe(1);
      expect(requests(during, { transport: 'graphql-ws', operation: 'SoonProbe', outcome: 'ok' })).toBe(1);
      stop();
      await expect.poll(async () => value(await scrape(), 'anigraph_subscriptions_open')).toBe(0);
    } finally {
      await client.dispose();
    }
  });

  it("reads each platform's quota and breaker on scrape: MyAnimeList's breaker is 2 once failures open it", async () => {
    const before = await scrape();
    expect(value(before, 'anigraph_breaker_state', { platform: 'myanimelist' })).toBe(0);
    expect(value(before, 'anigraph_platform_quota_remaining', { platform: 'anilist', window: '1' })).toBeGreaterThan(0);
    fakes.jikan.fail('server-error', Infinity);
    try {
      // JIKAN_BREAKER's default: five failed requests in a row open it.
      for (let i = 0; i < 5; i++) await t.gql(`{ jikan { topAnime(first: ${i + 1}) { totalCount } } }`);
      const after = await scrape();
      expect(value(after, 'anigraph_breaker_state', { platform: 'myanimelist' })).toBe(2);
      expect(value(after, 'anigraph_breaker_state', { platform: 'anilist' })).toBe(0);
      expect(value(after, 'anigraph_errors_total') - value(before, 'anigraph_errors_total')).toBeGreaterThanOrEqual(5);
    } finally {
      fakes.reset();
    }
  });
});

describe('METRICS=false', () => {
  it('serves neither /metrics nor /status', async () => {
    const off = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath, METRICS: 'false' });
    try {
      const offBase = off.app.url.replace(/\/graphql$/, '');
      for (const path of ['/metrics', '/status', '/status.json']) expect((await fetch(`${offBase}${path}`)).status).toBe(404);
      expect((await off.gql('{ anime(id: "mal-1") { title } }')).body.data).toEqual({ anime: { title: 'Cowboy Bebop' } });
    } finally {
      await off.close();
    }
  });
});
