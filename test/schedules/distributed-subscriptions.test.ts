// Distributed mode: the schedules subgraph in its own server, the gateway subscribing to it over
// graphql-ws and resolving each event's catalog fields from the catalog subgraph in its own process.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { startStandalone, type RunningSubgraph } from '../../lib/standalone.js';
import { createSchedulesSubgraph, type SchedulesSubgraph } from '../../subgraphs/schedules/subgraph.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { postGraphQL, startTestApp, type TestApp } from '../helpers/app.js';
import { onePiece } from '../platforms/fakes/anime-one-piece.js';
import { nextBroadcast } from '../platforms/fakes/fixture-airing.js';
import { startFakes, type Fakes } from '../platforms/fakes/start-all.js';

const MINUTE = 60_000;
const broadcast = nextBroadcast(onePiece.airing!, new Date());
let now = new Date(broadcast.at.getTime() - 5 * MINUTE);
let fakes: Fakes;
let catalog: TestApp;
let schedules: RunningSubgraph;
let gateway: TestApp;
let client: Client;

beforeAll(async () => {
  fakes = await startFakes();
  // The catalog behind its own gateway stands in for the catalog subgraph the schedules subgraph asks.
  catalog = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath });
  const config = loadConfig({
    ...fakes.env,
    HOST: '127.0.0.1',
    SCHEDULES_PORT: '0',
    SCHEDULE_POLL_INTERVAL: '0',
    CATALOG_SUBGRAPH_URL: catalog.app.url,
  });
  const definition = {
    name: 'schedules',
    create: (c: typeof config, log: ReturnType<typeof createLogger>) => createSchedulesSubgraph(c, log, { clock: () => now }),
    port: (c: typeof config) => c.SCHEDULES_PORT,
  };
  schedules = await startStandalone(definition, config, createLogger('silent'));
  await schedules.started;
  gateway = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath, ...fakes.env, SCHEDULES_SUBGRAPH_URL: schedules.url });
  client = createClient({ url: gateway.app.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
});
afterAll(async () => {
  await client?.dispose();
  await gateway?.close();
  await schedules?.stop();
  await catalog?.close();
  await fakes?.close();
});

describe('a schedules subgraph whose catalog cannot be reached', () => {
  it('still lists the broadcasts, without their catalog anime, and says why', async () => {
    const config = loadConfig({
      ...fakes.env,
      HOST: '127.0.0.1',
      SCHEDULES_PORT: '0',
      SCHEDULE_POLL_INTERVAL: '0',
      CATALOG_SUBGRAPH_URL: 'http://127.0.0.1:9/graphql',
    });
    const definition = { name: 'schedules', create: createSchedulesSubgraph, port: (c: typeof config) => c.SCHEDULES_PORT };
    const alone = await startStandalone(definition, config, createLogger('silent'));
    try {
      const { body } = await postGraphQL(alone.url, '{ schedule { entries { title anime { id } } warnings } }');
      expect(body.errors).toBeUndefined();
      expect(body.data.schedule.entries.length).toBeGreaterThan(0);
      expect(body.data.schedule.entries.every((e: any) => e.anime === null)).toBe(true);
      expect(body.data.schedule.warnings).toEqual([expect.stringMatching(/catalog could not be asked.*without their catalog anime/)]);
    } finally {
      await alone.stop();
    }
  });
});

describe('subscriptions to a remote schedules subgraph', () => {
  it("delivers its events through the gateway, with the catalog's fields of each anime", async () => {
    expect(gateway.app.subgraphs.has('schedules')).toBe(false);
    const events: unknown[] = [];
    client.subscribe(
      { query: 'subscription { episodeAired(airType: RAW) { id anime { title } } }' },
      { next: (result) => events.push(result.data ?? result.errors), error: (error) => events.push(error), complete: () => undefined },
    );
    const subgraph = schedules.subgraph as SchedulesSubgraph;
    await expect.poll(() => subgraph.events.listeners).toBe(1);
    await subgraph.poller.poll();
    await subgraph.poller.tick();
    now = new Date(broadcast.at.getTime() + MINUTE);
    await subgraph.poller.tick();
    await expect.poll(() => events).toEqual([{ episodeAired: { id: `mal-21:RAW:${broadcast.episode}`, anime: { title: 'One Piece' } } }]);
  });
});
