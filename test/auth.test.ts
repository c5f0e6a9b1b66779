// Authentication and quotas at the gateway (issue 14): API keys on every front, anonymous callers by
// IP, revocation on every instance, daily and enhanced quotas, the per-IP burst bucket.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../lib/config.js';
import { startStandalone, type RunningSubgraph } from '../lib/standalone.js';
import { verifyViewer, VIEWER_HEADER, VIEWER_HEADER_MAX_AGE_MS } from '../lib/users/viewer-header.js';
import { createCatalogSubgraph } from '../subgraphs/catalog/subgraph.js';
import { openDatabase, type Database } from '../lib/db/database.js';
import { createLogger } from '../lib/logger.js';
import { announceKeyRevoked } from '../lib/users/revocations.js';
import { UserStore } from '../lib/users/user-store.js';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { startFakeLlm } from './helpers/fake-llm.js';
import { freshPostgresDatabase, type ScratchDatabase } from './helpers/postgres.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADMIN_KEY = 'admin-key-for-the-auth-tests';
// Nothing listens on port 9: platform fields fail fast, and say so.
const NO_PLATFORMS = Object.fromEntries(
  ['JIKAN_BASE_URL', 'ANILIST_URL', 'KITSU_BASE_URL', 'ANIDB_BASE_URL', 'ANIMESCHEDULE_BASE_URL'].map((k) => [k, 'http://127.0.0.1:9']),
);

let scratch: ScratchDatabase;
let database: Database;
let store: UserStore;
let catalogPath: string;
const apps: TestApp[] = [];

beforeAll(async () => {
  scratch = await freshPostgresDatabase();
  // Opened here first: the migrations run once, before any gateway looks a key up.
  database = await openDatabase({ url: scratch.url, dir: 'memory://', log: createLogger('silent') });
  store = new UserStore(database.db);
  catalogPath = writeFixtureCatalog().catalogPath;
});

afterAll(async () => {
  await Promise.all(apps.map((t) => t.close()));
  await database?.close();
  await scratch?.drop();
});

/** An app on the fixture catalog and the scratch database, with its quotas from `env`. */
async function start(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await startTestApp({
    ANIME_DB_PATH: catalogPath,
    DATABASE_URL: scratch.url,
    ADMIN_API_KEY: ADMIN_KEY,
    PLATFORM_RETRIES: '0',
    // No response cache: every request runs its operation.
    RESPONSE_CACHE_TTL: '0',
    ...NO_PLATFORMS,
    ...env,
  });
  apps.push(t);
  return t;
}

async function keyOf(tier: 'FREE' | 'PREMIUM' | 'ENTERPRISE' = 'FREE'): Promise<{ key: string; userId: string; keyId: string }> {
  const user = await store.createUser(`user-${tier}-${Math.random()}`, tier);
  const { key, record } = await store.createApiKey(user.id, 'test');
  return { key, userId: user.id, keyId: record.id };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const STATS = '{ catalogStats { total } }';
const base = (t: TestApp) => t.app.url.replace(/\/graphql$/, '');

async function rest(t: TestApp, headers: Record<string, string> = {}) {
  const response = await fetch(`${base(t)}/api/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'cowboy bebop' }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function mcpClient(t: TestApp, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'auth-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${base(t)}/mcp`), { requestInit: { headers } }));
  return client;
}

describe('callers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await start({ QUOTA_FREE_QUERIES_PER_DAY: '50', QUOTA_PREMIUM_QUERIES_PER_DAY: '500', TRUST_PROXY: 'true' });
  });

  it('serves a caller without a key as the anonymous free tier, counted by IP address', async () => {
    const first = await t.gql(STATS, {}, { 'x-forwarded-for': '203.0.113.7' });
    expect(first.status).toBe(200);
    expect(first.body.data.catalogStats.total).toBeGreaterThan(0);
    expect(first.headers.get('ratelimit-limit')).toBe('50');
    expect(first.headers.get('ratelimit-remaining')).toBe('49');
    expect((await t.gql(STATS, {}, { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' })).headers.get('ratelimit-remaining')).toBe('48');
    // Another address has a quota of its own.
    expect((await t.gql(STATS, {}, { 'x-forwarded-for': '203.0.113.8' })).headers.get('ratelimit-remaining')).toBe('49');
  });

  it("accepts a valid key in either header, and applies its owner's tier", async () => {
    const { key } = await keyOf('PREMIUM');
    const first = await t.gql(STATS, {}, bearer(key));
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('500');
    const second = await t.gql(STATS, {}, { 'x-api-key': key });
    expect(second.headers.get('ratelimit-remaining')).toBe('498');
  });

  it('lets ADMIN_API_KEY through as the unlimited enterprise tier', async () => {
    const { status, headers } = await t.gql(STATS, {}, bearer(ADMIN_KEY));
    expect(status).toBe(200);
    expect(headers.get('ratelimit-limit')).toBeNull();
  });

  it('refuses a bad key with 401 UNAUTHENTICATED on GraphQL, REST and MCP', async () => {
    const bad = 'ag_' + 'x'.repeat(43);
    const graphql = await t.gql(STATS, {}, bearer(bad));
    expect(graphql.status).toBe(401);
    expect(graphql.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(graphql.body.data).toBeUndefined();

    const answer = await rest(t, { 'x-api-key': 'not-a-key' });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({ code: 'UNAUTHENTICATED', correlation_id: expect.any(String) });

    const mcp = await fetch(`${base(t)}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...bearer(bad) },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: {} }),
    });
    expect(mcp.status).toBe(401);
    expect(await mcp.json()).toMatchObject({ jsonrpc: '2.0', error: { data: { code: 'UNAUTHENTICATED' } } });
  });

  it('never writes an API key into the logs', async () => {
    const { key } = await keyOf();
    await t.gql(STATS, {}, bearer(key));
    await t.gql(STATS, {}, bearer(key.slice(0, -1) + 'Z'));
    await rest(t, bearer(key));
    const logs = JSON.stringify(t.logs);
    expect(logs).not.toContain(key.slice(3));
    expect(logs).not.toContain(ADMIN_KEY);
  });
});

describe('quotas', () => {
  it('answers the query after the daily quota with 429 QUOTA_EXCEEDED, retryAfterSeconds and the RateLimit headers', async () => {
    const t = await start({ QUOTA_FREE_QUERIES_PER_DAY: '3' });
    for (const remaining of ['2', '1', '0']) {
      const ok = await t.gql(STATS);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit-remaining')).toBe(remaining);
    }
    // A schema lookup is not a query.
    expect((await t.gql('{ __schema { queryType { name } } }')).status).toBe(200);
    const refused = await t.gql(STATS);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', quota: 'queries', limit: 3 });
    expect(refused.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(86_000);
    expect(refused.body.errors[0].extensions.http).toBeUndefined();
    expect(refused.headers.get('ratelimit-limit')).toBe('3');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('ratelimit-reset'))).toBeGreaterThan(86_000);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(86_000);
    // REST says it its own way.
    const answer = await rest(t);
    expect(answer.status).toBe(429);
    expect(answer.body.error.code).toBe('QUOTA_EXCEEDED');
    expect(answer.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('counts a REST or MCP request once, whatever it runs, on the quota of the key it carries', async () => {
    const t = await start({ QUOTA_FREE_QUERIES_PER_DAY: '2' });
    const { key } = await keyOf();
    const first = await rest(t, bearer(key));
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-remaining')).toBe('1');
    const client = await mcpClient(t, bearer(key));
    try {
      const stats = await client.callTool({ name: 'get_catalog_stats', arguments: {} });
      expect(stats.isError).toBeFalsy();
      // Both were counted on the key's owner: nothing is left for a third request.
      const refused = await t.gql(STATS, {}, bearer(key));
      expect(refused.status).toBe(429);
      const again = await client.callTool({ name: 'get_catalog_stats', arguments: {} });
      expect(again.isError).toBe(true);
      expect(JSON.stringify(again.content)).toMatch(/quota/i);
    } finally {
      await client.close();
    }
    // The anonymous caller of the same address still has its own.
    expect((await t.gql(STATS)).status).toBe(200);
  });

  it('answers the catalog fields and skips the platform fields (null, QUOTA_EXCEEDED) once the enhanced quota is used up', async () => {
    const t = await start({ QUOTA_FREE_ENHANCED_PER_DAY: '1' });
    const query = '{ anime(id: "mal-1") { title trailer { url } platformScores { score } } }';
    const first = await t.gql(query);
    expect(first.body.data.anime.title).toBe('Cowboy Bebop');
    expect(first.body.errors?.some((e: any) => e.extensions?.code === 'QUOTA_EXCEEDED')).toBeFalsy();

    const second = await t.gql(query);
    expect(second.status).toBe(200);
    expect(second.body.data.anime).toEqual({ title: 'Cowboy Bebop', trailer: null, platformScores: null });
    const skipped = second.body.errors.find((e: any) => e.extensions.code === 'QUOTA_EXCEEDED');
    expect(skipped.extensions).toMatchObject({ quota: 'enhanced', limit: 1, skippedFields: ['Anime.trailer', 'Anime.platformScores'] });
    expect(skipped.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(skipped.message).toMatch(/platform fields were skipped/);
    // Catalog-only operations are not enhanced.
    expect((await t.gql('{ anime(id: "mal-1") { title } }')).body.errors).toBeUndefined();
  });

  it('counts the language model of /api/query as enhanced, and answers without it past the enhanced quota', async () => {
    const llm = await startFakeLlm();
    try {
      const t = await start({ QUOTA_FREE_ENHANCED_PER_DAY: '1', LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake-model' });
      const ask = () =>
        fetch(`${base(t)}/api/query`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'cowboy bebop', options: { enhance: true } }),
        }).then((r) => r.json());
      expect((await ask()).metadata.llm.used).toBe(true);
      const second = await ask();
      expect(second.metadata.llm.used).toBe(false);
      expect(JSON.stringify(second)).toMatch(/QUOTA_EXCEEDED: the daily enhanced quota \(1\) is used up/);
      expect(llm.requests).toHaveLength(1);
    } finally {
      await llm.close();
    }
  });

  it('refuses a burst over RATE_LIMIT_PER_IP with 429', async () => {
    const t = await start({ RATE_LIMIT_PER_IP: '3/10s' });
    for (let i = 0; i < 3; i++) expect((await t.gql(STATS)).status).toBe(200);
    const refused = await t.gql(STATS);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', quota: 'burst', limit: 3 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await rest(t)).status).toBe(429);
  });
});

describe('two gateways sharing Redis and PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    // A quota of its own in Redis for this run: the counters are keyed by caller, and callers here are new users.
    const env = { REDIS_URL, QUOTA_FREE_QUERIES_PER_DAY: '3' };
    [a, b] = await Promise.all([start(env), start(env)]);
  });

  it('refuses a revoked key on every instance at once', async () => {
    const { key, userId, keyId } = await keyOf('PREMIUM');
    // Both instances now hold the key in their cache.
    expect((await a.gql(STATS, {}, bearer(key))).status).toBe(200);
    expect((await b.gql(STATS, {}, bearer(key))).status).toBe(200);
    await store.revokeApiKey(userId, keyId);
    await announceKeyRevoked({ REDIS_URL }, keyId);
    // Redis delivers the announcement; well within the cache's 5 s.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const t of [a, b]) {
      const refused = await t.gql(STATS, {}, bearer(key));
      expect(refused.status).toBe(401);
      expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it("refuses a key revoked by its owner's revokeApiKey on the other instance at once", async () => {
    const { key, keyId } = await keyOf('PREMIUM');
    expect((await b.gql(STATS, {}, bearer(key))).status).toBe(200);
    const revoked = await a.gql('mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id: keyId }, bearer(key));
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data.revokeApiKey.revokedAt).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await b.gql(STATS, {}, bearer(key))).status).toBe(401);
  });

  it('shares the daily quota between the instances', async () => {
    const { key } = await keyOf();
    expect((await a.gql(STATS, {}, bearer(key))).headers.get('ratelimit-remaining')).toBe('2');
    expect((await b.gql(STATS, {}, bearer(key))).headers.get('ratelimit-remaining')).toBe('1');
    expect((await a.gql(STATS, {}, bearer(key))).status).toBe(200);
    expect((await b.gql(STATS, {}, bearer(key))).status).toBe(429);
  });
});

describe('graphql-ws', () => {
  const execute = (url: string, connectionParams: Record<string, unknown>) => {
    const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams });
    return new Promise<any>((resolve, reject) => {
      let result: unknown;
      client.subscribe({ query: STATS }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
    }).finally(() => client.dispose());
  };

  it('takes the key of connection_init, refuses a bad one, and counts each operation', async () => {
    const t = await start({ QUOTA_FREE_QUERIES_PER_DAY: '1' });
    const { key } = await keyOf();
    expect((await execute(t.app.url, { authorization: `Bearer ${key}` })).data.catalogStats.total).toBeGreaterThan(0);
    const over = await execute(t.app.url, { authorization: `Bearer ${key}` });
    expect(over.errors[0].extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', quota: 'queries' });
    await expect(execute(t.app.url, { authorization: 'Bearer ag_nope' })).rejects.toMatchObject({ code: 4403 });
  });
});

describe('a subgraph over HTTP', () => {
  let subgraph: RunningSubgraph;
  let proxy: Server;
  const seen: IncomingHttpHeaders[] = [];
  const SECRET = 'a-gateway-secret-for-tests';

  beforeAll(async () => {
    const config = loadConfig({
      ANIME_DB_PATH: catalogPath,
      CATALOG_AUTO_DOWNLOAD: 'false',
      CATALOG_UPDATE_INTERVAL: '0',
      HOST: '127.0.0.1',
      CATALOG_PORT: '0',
      GATEWAY_SECRET: SECRET,
    });
    subgraph = await startStandalone(
      { name: 'catalog', create: createCatalogSubgraph, port: (c) => c.CATALOG_PORT },
      config,
      createLogger('silent'),
    );
    await subgraph.started;
    // Between the gateway and the subgraph: records the headers the gateway sends.
    const target = new URL(subgraph.url);
    proxy = createServer((req, res) => {
      seen.push(req.headers);
      const forward = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(forward);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    proxy?.close();
    await subgraph?.stop();
  });

  it('is told who calls in a header signed with GATEWAY_SECRET', async () => {
    const t = await start({
      CATALOG_SUBGRAPH_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`,
      GATEWAY_SECRET: SECRET,
    });
    const { key, userId } = await keyOf('PREMIUM');
    seen.length = 0;
    expect((await t.gql(STATS, {}, bearer(key))).status).toBe(200);
    const header = seen.map((h) => h[VIEWER_HEADER]).find(Boolean) as string;
    expect(verifyViewer(header, SECRET)).toEqual({ userId, tier: 'PREMIUM', keyId: expect.any(String), admin: false });
    expect(verifyViewer(header, 'another-secret-of-16')).toBeUndefined();
    // A header seen on the network is worth nothing a few minutes later.
    expect(verifyViewer(header, SECRET, Date.now() + VIEWER_HEADER_MAX_AGE_MS + 1_000)).toBeUndefined();
  });
});
