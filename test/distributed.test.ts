// Distributed mode: the catalog subgraph in its own HTTP server, the gateway calling it by URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { startStandalone, type RunningSubgraph } from '../lib/standalone.js';
import { createCatalogSubgraph } from '../subgraphs/catalog/subgraph.js';
import { createPlatformsSubgraph } from '../subgraphs/platforms/subgraph.js';
import { startRedisServer } from './helpers/redis-server.js';
import { Redis } from 'ioredis';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { postGraphQL, startTestApp, type TestApp } from './helpers/app.js';
import { Writable } from 'node:stream';

let standalone: RunningSubgraph;
let subgraphUrl: string;
let gateway: TestApp;
const subgraphLogs: Record<string, any>[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _e, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) subgraphLogs.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({
    ANIME_DB_PATH: writeFixtureCatalog().catalogPath,
    CATALOG_AUTO_DOWNLOAD: 'false',
    CATALOG_UPDATE_INTERVAL: '0',
    HOST: '127.0.0.1',
    CATALOG_PORT: '0',
  });
  const definition = { name: 'catalog', create: createCatalogSubgraph, port: (c: typeof config) => c.CATALOG_PORT };
  standalone = await startStandalone(definition, config, createLogger('debug', sink));
  subgraphUrl = standalone.url;
  await standalone.started;
  gateway = await startTestApp({ CATALOG_SUBGRAPH_URL: subgraphUrl });
});

afterAll(async () => {
  await gateway.close();
  await standalone.stop();
});

describe('gateway over a remote catalog subgraph', () => {
  it('answers catalog queries through the subgraph URL', async () => {
    expect(gateway.app.subgraphs.has('catalog')).toBe(false);
    const { body } = await gateway.gql('{ search(query: "Cowboy Bebop", first: 1) { hits { anime { id title } } } }');
    expect(body.data.search.hits[0].anime).toEqual({ id: 'mal-1', title: 'Cowboy Bebop' });
  });

  it('passes the correlation id on to the subgraph, which logs with it', async () => {
    await gateway.gql('{ catalogStats { total } }', {}, { 'x-correlation-id': 'trace-me-7' });
    const lines = subgraphLogs.filter((line) => line.correlationId === 'trace-me-7');
    expect(lines.length).toBeGreaterThan(0);
  });

  it("passes a subgraph's warnings on in the response extensions", async () => {
    // Semantic search is off in this subgraph: a hybrid search is answered with lexical results.
    const { body } = await gateway.gql('{ search(query: "Cowboy Bebop", first: 1) { mode hits { anime { title } } } }');
    expect(body.data.search.mode).toBe('LEXICAL');
    expect(body.extensions.warnings).toEqual([expect.stringMatching(/Semantic search is not available.*lexical results/)]);
    const plain = await gateway.gql('{ catalogStats { total } }');
    expect(plain.body.extensions?.warnings).toBeUndefined();
  });

  it('keeps the error code a subgraph gives', async () => {
    const { body } = await gateway.gql('{ animes(first: -5) { totalCount } }');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('serves the subgraph on its own too, with its readiness', async () => {
    const ready = await fetch(subgraphUrl.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    const { body } = await postGraphQL(subgraphUrl, '{ _service { sdl } }');
    expect(body.data._service.sdl).toMatch(/type Anime\s+@key\(fields: "id"\)/);
  });
});

describe('a standalone subgraph, stopped as on SIGTERM', () => {
  it('closes what the subgraph holds (its Redis connections), not only its HTTP server', async () => {
    const redis = await startRedisServer();
    const clients = async () => {
      const probe = new Redis(redis.url);
      const list = await probe.client('LIST');
      probe.disconnect();
      return String(list).trim().split('\n').length - 1; // all but the probe itself
    };
    try {
      const config = loadConfig({ HOST: '127.0.0.1', PLATFORMS_PORT: '0', REDIS_URL: redis.url });
      const definition = { name: 'platforms', create: createPlatformsSubgraph, port: (c: typeof config) => c.PLATFORMS_PORT };
      const running = await startStandalone(definition, config, createLogger('silent'));
      await running.started;
      await expect.poll(clients).toBeGreaterThan(0);
      await running.stop();
      await expect.poll(clients).toBe(0);
      await expect(fetch(running.url.replace('/graphql', '/health'))).rejects.toThrow();
    } finally {
      await redis.stop();
    }
  });
});

describe('a remote subgraph that goes away', () => {
  it('answers its fields with DOWNSTREAM_SERVICE_ERROR naming it, and the other subgraphs still answer', async () => {
    const config = loadConfig({ HOST: '127.0.0.1', PLATFORMS_PORT: '0' });
    const definition = { name: 'platforms', create: createPlatformsSubgraph, port: (c: typeof config) => c.PLATFORMS_PORT };
    const platforms = await startStandalone(definition, config, createLogger('silent'));
    await platforms.started;
    const app = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath, PLATFORMS_SUBGRAPH_URL: platforms.url });
    try {
      await platforms.stop();
      const { body } = await app.gql('{ anime(id: "mal-1") { title trailer { url } } }');
      expect(body.data.anime.title).toBe('Cowboy Bebop');
      expect(body.errors[0].extensions).toEqual({ code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'platforms' });
      expect(body.errors[0].message).toBe('The platforms subgraph could not be reached.');
    } finally {
      await app.close();
    }
  });
});
