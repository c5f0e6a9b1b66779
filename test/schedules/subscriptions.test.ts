// Live schedule events over graphql-ws at the gateway's /graphql, with a real graphql-ws client: the
// test moves the schedule's clock and drives its poller.
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SchedulesSubgraph } from '../../subgraphs/schedules/subgraph.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { onePiece } from '../platforms/fakes/anime-one-piece.js';
import { broadcastsBetween, nextBroadcast } from '../platforms/fakes/fixture-airing.js';
import { startFakes, type Fakes } from '../platforms/fakes/start-all.js';

const MINUTE = 60_000;
let fakes: Fakes;
const delays = new Map<string, number>();
let t: TestApp;
let now: Date;
let poller: SchedulesSubgraph['poller'];
const clients: Client[] = [];
// One Piece's next Japanese broadcast, from the fixture that every fake platform answers from.
const broadcast = nextBroadcast(onePiece.airing!, new Date());

beforeAll(async () => {
  fakes = await startFakes({ animeScheduleDelays: delays });
  t = await startTestApp(
    { ANIME_DB_PATH: writeFixtureCatalog().catalogPath, ...fakes.env, CACHE_TTL_SCHEDULES: '1' },
    { clock: () => now },
  );
  poller = (t.app.subgraphs.get('schedules') as SchedulesSubgraph).poller;
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await t?.close();
  await fakes?.close();
});
beforeEach(() => {
  fakes.reset();
  now = new Date(broadcast.at.getTime() - 20 * MINUTE);
});

function connect(): Client {
  const client = createClient({ url: t.app.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  clients.push(client);
  return client;
}

/** Subscribes; `next` waits for the next event, `error` for the subscription's error. */
function subscribe(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: ExecutionResult[] = [];
  const waiting: ((result: ExecutionResult) => void)[] = [];
  let failure: (reason: unknown) => void = () => undefined;
  const failed = new Promise<unknown>((resolve) => (failure = resolve));
  const stop = client.subscribe(
    { query, variables },
    {
      next: (result) => (waiting.length ? waiting.shift()!(result) : events.push(result)),
      error: (error) => failure(error),
      complete: () => undefined,
    },
  );
  return {
    stop,
    failed,
    next: (timeoutMs = 5_000) =>
      events.length
        ? Promise.resolve(events.shift()!)
        : new Promise<ExecutionResult>((resolve, reject) => {
            waiting.push(resolve);
            setTimeout(() => reject(new Error('no event came')), timeoutMs);
          }),
    pending: () => events.length,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * A poll that reads the platforms again, not their cached answers: past the one-second cache, a read
 * serves the stale answer while it refreshes it, so the poll after the refresh sees what is new.
 */
async function pollFresh(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  await poller.poll();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await poller.poll();
}

describe('schedule subscriptions over graphql-ws', () => {
  it("tells when an episode is about to air and when it airs, with the catalog's fields of its anime", async () => {
    const client = connect();
    const soon = subscribe(client, 'subscription { airingSoon(withinMinutes: 15, airType: RAW) { episode airingAt anime { id title } } }');
    const aired = subscribe(client, 'subscription { episodeAired(airType: RAW) { id episode sources anime { title tags } } }');
    await settle();
    await poller.poll();
    await poller.tick(); // 20 minutes before: outside the 15-minute lead
    now = new Date(broadcast.at.getTime() - 10 * MINUTE);
    await poller.tick();
    const first = await soon.next();
    expect(first.data).toEqual({
      airingSoon: { episode: broadcast.episode, airingAt: broadcast.at.toISOString(), anime: { id: 'mal-21', title: 'One Piece' } },
    });
    now = new Date(broadcast.at.getTime() + MINUTE);
    await poller.tick();
    const event = await aired.next();
    expect(event.data?.episodeAired).toMatchObject({
      id: `mal-21:RAW:${broadcast.episode}`,
      episode: broadcast.episode,
      sources: ['ANILIST', 'ANIMESCHEDULE', 'MYANIMELIST'],
      anime: { title: 'One Piece', tags: expect.arrayContaining([expect.any(String)]) },
    });
    await poller.tick();
    await settle();
    // Each episode once: later ticks tell neither again.
    expect(soon.pending()).toBe(0);
    expect(aired.pending()).toBe(0);
    soon.stop();
    aired.stop();
  });

  it('tells when AnimeSchedule delays a broadcast, and nothing while nothing changes', async () => {
    const changes = subscribe(
      connect(),
      'subscription { scheduleChanged { kind previousAiringAt entry { airType episode airingAt delayedUntil status } } }',
    );
    await settle();
    // Weeks no earlier test read; the sources' answers stay cached for a second (CACHE_TTL_SCHEDULES).
    now = new Date(broadcast.at.getTime() + 14 * 24 * 60 * MINUTE - 20 * MINUTE);
    await poller.poll();
    // Nothing changed: a read of the same sources tells nothing, nor do the broadcasts that come into
    // the week's horizon as the days pass.
    await pollFresh();
    now = new Date(now.getTime() + 2 * 24 * 60 * MINUTE);
    await pollFresh();
    await settle();
    expect(changes.pending()).toBe(0);
    // The coming dub is delayed by an hour.
    const [dub] = broadcastsBetween(
      onePiece.airing!,
      'dub',
      new Date(now.getTime() + 60 * MINUTE),
      new Date(now.getTime() + 7 * 24 * 60 * MINUTE),
    );
    delays.set(`${onePiece.route}:dub:${dub.episode}`, 60);
    await pollFresh();
    const change = await changes.next();
    expect(change.data?.scheduleChanged).toEqual({
      kind: 'DELAYED',
      previousAiringAt: dub.at.toISOString(),
      entry: {
        airType: 'DUB',
        episode: dub.episode,
        airingAt: new Date(dub.at.getTime() + 60 * MINUTE).toISOString(),
        delayedUntil: new Date(dub.at.getTime() + 60 * MINUTE).toISOString(),
        status: 'DELAYED',
      },
    });
    changes.stop();
  });

  it("delivers only the anime the subscription's filter keeps", async () => {
    const client = connect();
    const movies = subscribe(client, 'subscription { episodeAired(filter: { type: [MOVIE] }) { id } }');
    const tv = subscribe(client, 'subscription { episodeAired(airType: RAW, filter: { type: [TV] }) { id } }');
    await settle();
    await poller.poll();
    await poller.tick();
    now = new Date(broadcast.at.getTime() + MINUTE);
    await poller.tick();
    expect((await tv.next()).data).toEqual({ episodeAired: { id: `mal-21:RAW:${broadcast.episode}` } });
    await settle();
    expect(movies.pending()).toBe(0);
    movies.stop();
    tv.stop();
  });

  it('gives subscribers of the same subscription each event once, however many share it, and one leaving ends no other', async () => {
    const query = 'subscription { episodeAired(airType: RAW) { id anime { title } } }';
    // The earlier tests' subscriptions have all ended.
    await expect.poll(() => t.app.websockets.subscriptions).toEqual({ clients: 0, executions: 0 });
    const [first, second] = [subscribe(connect(), query), subscribe(connect(), query)];
    await expect.poll(() => t.app.websockets.subscriptions).toEqual({ clients: 2, executions: 1 });
    await poller.poll();
    await poller.tick();
    now = new Date(broadcast.at.getTime() + MINUTE);
    await poller.tick();
    const expected = { episodeAired: { id: `mal-21:RAW:${broadcast.episode}`, anime: { title: 'One Piece' } } };
    expect((await first.next()).data).toEqual(expected);
    expect((await second.next()).data).toEqual(expected);
    first.stop();
    await expect.poll(() => t.app.websockets.subscriptions).toEqual({ clients: 1, executions: 1 });
    // The next week's episode reaches the one still subscribed.
    now = new Date(broadcast.at.getTime() + 7 * 24 * 60 * MINUTE - 30 * MINUTE);
    await poller.poll();
    await poller.tick();
    now = new Date(broadcast.at.getTime() + 7 * 24 * 60 * MINUTE + MINUTE);
    await poller.tick();
    expect((await second.next()).data).toEqual({
      episodeAired: { id: `mal-21:RAW:${broadcast.episode + 1}`, anime: { title: 'One Piece' } },
    });
    await settle();
    expect(first.pending()).toBe(0);
    second.stop();
    await expect.poll(() => t.app.websockets.subscriptions).toEqual({ clients: 0, executions: 0 });
  });

  it('streams the same events over server-sent events on POST /graphql, for clients without WebSockets', async () => {
    const abort = new AbortController();
    const response = await fetch(t.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { episodeAired(airType: RAW) { id anime { title } } }' }),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await expect.poll(() => (t.app.subgraphs.get('schedules') as SchedulesSubgraph).events.listeners).toBeGreaterThan(0);
    await poller.poll();
    await poller.tick();
    now = new Date(broadcast.at.getTime() + MINUTE);
    await poller.tick();
    let text = '';
    while (!text.includes('event: next')) text += (await reader.read()).value ?? '';
    const data = JSON.parse(/data: (.*)/.exec(text.slice(text.indexOf('event: next')))![1]);
    expect(data).toEqual({ data: { episodeAired: { id: `mal-21:RAW:${broadcast.episode}`, anime: { title: 'One Piece' } } } });
    abort.abort();
  });

  it('answers airingNow with the broadcasts around the clock, and only those', async () => {
    now = new Date(broadcast.at.getTime() - 10 * MINUTE);
    const near = await t.gql('{ airingNow(withinMinutes: 15, airType: RAW) { episode airingAt } }');
    expect(near.body.data.airingNow).toEqual([{ episode: broadcast.episode, airingAt: broadcast.at.toISOString() }]);
    const far = await t.gql('{ airingNow(withinMinutes: 5, airType: RAW) { episode } }');
    expect(far.body.data.airingNow).toEqual([]);
  });

  it('refuses an unknown field or a bad filter for that subscription alone, and the socket goes on', async () => {
    const client = connect();
    const unknown = subscribe(client, 'subscription { episodeAired { nope } }');
    expect(await unknown.failed).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) }),
    ]);
    const badType = subscribe(client, 'subscription { episodeAired(filter: { type: [SERIES] }) { id } }');
    expect(await badType.failed).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) }),
    ]);
    const answer = await new Promise<ExecutionResult>((resolve, reject) =>
      client.subscribe({ query: '{ anime(id: "mal-21") { title } }' }, { next: resolve, error: reject, complete: () => undefined }),
    );
    expect(answer.data).toEqual({ anime: { title: 'One Piece' } });
  });
});
