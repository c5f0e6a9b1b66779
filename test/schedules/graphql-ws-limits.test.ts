// The gateway's graphql-ws endpoint under bad or heavy use: too many subscriptions, malformed
// messages, a client that never says hello, and a thousand subscriptions that come and go.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SchedulesSubgraph } from '../../subgraphs/schedules/subgraph.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
let wsUrl: string;

beforeAll(async () => {
  t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath, WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '20' });
  wsUrl = t.app.url.replace('http', 'ws');
});
afterAll(() => t?.close());

const client = (): Client => createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
const SUBSCRIPTION = 'subscription { episodeAired { id } }';
const events = () => (t.app.subgraphs.get('schedules') as SchedulesSubgraph).events;

/** A raw socket speaking graphql-transport-ws; resolves with the close code and reason. */
function rawSocket(): { socket: WebSocket; closed: Promise<{ code: number; reason: string }> } {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  socket.on('error', () => undefined); // the server closing on it is what the tests wait for
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  return { socket, closed };
}

const opened = (socket: WebSocket) => new Promise((resolve) => socket.once('open', resolve));

describe('graphql-ws limits', () => {
  it('refuses the 21st subscription of a connection for itself, and keeps the other 20', async () => {
    const c = client();
    const stops = Array.from({ length: 20 }, () =>
      c.subscribe({ query: SUBSCRIPTION }, { next: () => undefined, error: () => undefined, complete: () => undefined }),
    );
    await expect.poll(() => t.app.websockets.subscriptions.clients).toBe(20);
    const refused = await new Promise<unknown>((resolve) =>
      c.subscribe({ query: SUBSCRIPTION }, { next: () => undefined, error: resolve, complete: () => undefined }),
    );
    expect(refused).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 20 }) }),
    ]);
    const answer = await c.iterate({ query: '{ catalogStats { total } }' }).next();
    expect(answer.value?.data).toEqual({ catalogStats: { total: expect.any(Number) } });
    stops.forEach((stop) => stop());
    await c.dispose();
  });

  it('closes a socket that sends a malformed message with 4400, and one that never initialises with 4408, and stays up', async () => {
    const bad = rawSocket();
    await opened(bad.socket);
    bad.socket.send('{ this is not JSON');
    expect((await bad.closed).code).toBe(4400);

    const silent = rawSocket();
    expect((await silent.closed).code).toBe(4408);

    const good = client();
    const answer = await good.iterate({ query: '{ anime(id: "mal-1") { title } }' }).next();
    expect(answer.value?.data).toEqual({ anime: { title: 'Cowboy Bebop' } });
    await good.dispose();
  });

  it('shares one execution among a thousand identical subscriptions, and releases every listener and socket when they go', async () => {
    const topics = async () => [...(await events().pubsub.subscribedTopics())];
    const listeners = () => events().listeners;
    await expect.poll(listeners).toBe(0);
    await expect.poll(topics).toEqual([]);
    const clients = Array.from({ length: 50 }, client);
    const stops = clients.flatMap((c) =>
      Array.from({ length: 20 }, () =>
        c.subscribe({ query: SUBSCRIPTION }, { next: () => undefined, error: () => undefined, complete: () => undefined }),
      ),
    );
    await expect.poll(() => t.app.websockets.subscriptions.clients, { timeout: 10_000 }).toBe(1000);
    // The thousand identical subscriptions share one execution, which listens once.
    expect(t.app.websockets.subscriptions.executions).toBe(1);
    expect(listeners()).toBe(1);
    expect(await topics()).toEqual(['schedule']);
    expect(t.app.websockets.clients).toBe(50);
    stops.forEach((stop) => stop());
    await expect.poll(() => t.app.websockets.subscriptions, { timeout: 10_000 }).toEqual({ clients: 0, executions: 0 });
    await expect.poll(listeners).toBe(0);
    await expect.poll(topics).toEqual([]);
    await Promise.all(clients.map((c) => c.dispose()));
    await expect.poll(() => t.app.websockets.clients, { timeout: 10_000 }).toBe(0);
  });
});
