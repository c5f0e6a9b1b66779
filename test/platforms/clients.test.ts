// Each platform client against its fake: the request it sends is the documented one, the answer is read
// into the fixture's values, and every way a platform fails becomes the right PlatformError.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { AIRING_QUERY } from '../../lib/platforms/anilist.airing.js';
import { MEDIA_QUERY } from '../../lib/platforms/anilist.client.js';
import { PlatformError } from '../../lib/platforms/platform-error.js';
import { createPlatforms, type Platforms } from '../../lib/platforms/platforms.js';
import type { ExternalPlatform } from '../../lib/platforms/external-platforms.js';
import { broadcastsBetween } from './fakes/fixture-airing.js';
import { startFakes, type Fakes } from './fakes/start-all.js';
import {
  startAniDbFake,
  startAniListFake,
  startAnimeScheduleFake,
  startJikanFake,
  startKitsuFake,
  findByAniList,
  type AniListFakeOptions,
  type FakePlatform,
} from './fakes/index.js';

const log = createLogger('silent');
let fakes: Fakes;
const opened: Platforms[] = [];

beforeAll(async () => {
  fakes = await startFakes();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
  fakes.reset();
});
afterAll(() => fakes.close());

/** Clients over the fakes (no Redis: every test starts with an empty cache). */
function platforms(env: Record<string, string> = {}): Platforms {
  const created = createPlatforms(loadConfig({ ...fakes.env, ...env }), log);
  opened.push(created);
  return created;
}

const only = (fake: FakePlatform) => {
  expect(fake.requests).toHaveLength(1);
  return fake.requests[0];
};

describe('MyAnimeList through Jikan', () => {
  it('asks for /v4/anime/{id}/full as JSON and reads Cowboy Bebop', async () => {
    const answer = await platforms().jikan.anime(1);
    const request = only(fakes.jikan);
    expect(request).toMatchObject({ method: 'GET', path: '/v4/anime/1/full' });
    expect([...request.query]).toEqual([]);
    expect(request.headers).toMatchObject({ accept: 'application/json', 'user-agent': 'AniGraph/0.1 (anime discovery API)' });
    expect(answer).toMatchObject({ source: 'MYANIMELIST', tier: 'ORIGIN', stale: false });
    expect(answer.value).toMatchObject({
      mal_id: 1,
      title: 'Cowboy Bebop',
      episodes: 26,
      score: 8.75,
      rank: 46,
      studios: [{ name: 'Sunrise' }],
    });
    expect(answer.value?.streaming.map((s) => s.name)).toEqual(['Crunchyroll', 'Funimation']);
  });

  it('sends top-anime filters as query parameters and reads the page', async () => {
    const answer = await platforms().jikan.topAnime({ filter: 'airing', sfw: true, limit: 5 });
    const request = only(fakes.jikan);
    expect(request.path).toBe('/v4/top/anime');
    expect(Object.fromEntries(request.query)).toEqual({ filter: 'airing', sfw: 'true', limit: '5' });
    expect(answer.value?.items.map((a) => a.mal_id)).toEqual([21]);
    expect(answer.value?.pagination).toMatchObject({ has_next_page: false, last_visible_page: 1 });
  });

  it('asks for a day of the schedule with `filter`, as Jikan documents it', async () => {
    const answer = await platforms().jikan.schedules({ day: 'sunday' });
    expect(Object.fromEntries(only(fakes.jikan).query)).toEqual({ filter: 'sunday' });
    expect(answer.value?.items.map((a) => a.title)).toEqual(['One Piece']);
  });

  it('sends `unapproved=true` for the season and the schedule, and caches those lists apart from the plain ones', async () => {
    const jikan = platforms().jikan;
    const titles = (answer: Awaited<ReturnType<typeof jikan.season>>) => answer.value?.items.map((a) => a.title);
    expect(titles(await jikan.season({ year: 2023, season: 'fall' }))).toEqual(['Sousou no Frieren']);
    expect(titles(await jikan.season({ year: 2023, season: 'fall', unapproved: true }))).toEqual([
      'Sousou no Frieren',
      'Hoshifuru Kissaten',
    ]);
    expect(titles(await jikan.schedules({ day: 'sunday', unapproved: true }))).toEqual(['One Piece', 'Hoshifuru Kissaten']);
    expect(titles(await jikan.schedules({ day: 'sunday' }))).toEqual(['One Piece']);
    expect(fakes.jikan.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
      '/v4/seasons/2023/fall?',
      '/v4/seasons/2023/fall?unapproved=true',
      '/v4/schedules?filter=sunday&unapproved=true',
      '/v4/schedules?filter=sunday',
    ]);
  });
});

describe('AniList', () => {
  it('POSTs the media query with the AniList id as a variable and reads Cowboy Bebop', async () => {
    const answer = await platforms().anilist.media({ anilistId: 1 });
    const request = only(fakes.anilist);
    expect(request).toMatchObject({ method: 'POST', path: '/' });
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', accept: 'application/json' });
    expect(JSON.parse(request.body)).toEqual({ query: MEDIA_QUERY, variables: { id: 1 } });
    expect(answer).toMatchObject({ source: 'ANILIST', tier: 'ORIGIN' });
    expect(answer.value).toMatchObject({
      id: 1,
      idMal: 1,
      title: { romaji: 'Cowboy Bebop', native: 'カウボーイビバップ' },
      averageScore: 86,
      favourites: 38412,
    });
  });

  it('looks an anime up by its MyAnimeList id with `idMal`', async () => {
    const answer = await platforms().anilist.media({ malId: 52991 });
    expect(JSON.parse(only(fakes.anilist).body).variables).toEqual({ idMal: 52991 });
    expect(answer.value).toMatchObject({ id: 154587, idMal: 52991, title: { english: "Frieren: Beyond Journey's End" } });
  });
});

describe("AniList's airing schedule", () => {
  // Five Sundays of One Piece (14:15 UTC), the fixture's one running show: episodes 1127-1131.
  const from = new Date('2025-05-04T00:00:00Z');
  const to = new Date('2025-06-08T00:00:00Z');
  const seconds = (date: Date) => date.getTime() / 1000;
  const variablesOf = (fake: FakePlatform) => fake.requests.map((r) => (JSON.parse(r.body) as { variables: unknown }).variables);

  /** A fake of its own (a smaller page), closed after `run`. */
  async function withAniList<T>(options: AniListFakeOptions, run: (fake: FakePlatform) => Promise<T>): Promise<T> {
    const fake = await startAniListFake(options);
    try {
      return await run(fake);
    } finally {
      await fake.close();
    }
  }

  it('POSTs the documented Page.airingSchedules query with the window in Unix seconds, page after page until the last', async () => {
    await withAniList({ maxPerPage: 2 }, async (fake) => {
      const answer = await platforms({ ANILIST_URL: fake.url }).anilist.airingSchedules(from, to);
      expect(fake.requests.map((r) => JSON.parse(r.body) as { query: string }).every((b) => b.query === AIRING_QUERY)).toBe(true);
      expect(AIRING_QUERY).toMatch(
        /airingSchedules\(airingAt_greater: \$airingAt_greater, airingAt_lesser: \$airingAt_lesser, sort: \[TIME, ID\]\)/,
      );
      expect(variablesOf(fake)).toEqual(
        [1, 2, 3].map((page) => ({ page, perPage: 50, airingAt_greater: seconds(from) - 1, airingAt_lesser: seconds(to) })),
      );
      expect(answer).toMatchObject({ source: 'ANILIST', tier: 'ORIGIN', stale: false });
    });
  });

  it('answers every episode of the window in airing order, with the show from its media', async () => {
    await withAniList({ maxPerPage: 2 }, async (fake) => {
      const { value } = await platforms({ ANILIST_URL: fake.url }).anilist.airingSchedules(from, to);
      const expected = broadcastsBetween(findByAniList(21)!.airing!, 'raw', from, to);
      expect(expected).toHaveLength(5);
      expect(value.map((e) => ({ episode: e.episode, airingAt: e.airingAt }))).toEqual(
        expected.map((b) => ({ episode: b.episode, airingAt: b.at })),
      );
      expect(value.map((e) => e.episode)).toEqual([1127, 1128, 1129, 1130, 1131]);
      expect(value[0].airingAt).toEqual(new Date('2025-05-04T14:15:00Z'));
      expect(value[0]).toMatchObject({
        id: 211127,
        mediaId: 21,
        idMal: 21,
        title: { romaji: 'One Piece', english: 'One Piece' },
        siteUrl: 'https://anilist.co/anime/21',
        format: 'TV',
        status: 'RELEASING',
        episodes: null,
        isAdult: false,
      });
    });
  });

  it('answers a second call for the same window from the cache, without asking AniList again', async () => {
    const anilist = platforms().anilist;
    const first = await anilist.airingSchedules(from, to);
    const second = await anilist.airingSchedules(from, to);
    expect(fakes.anilist.requests).toHaveLength(1);
    expect(second).toMatchObject({ source: 'ANILIST', tier: 'L1', stale: false });
    expect(second.value).toEqual(first.value);
    expect(second.value[0].airingAt).toBeInstanceOf(Date);
  });

  it('includes an episode airing exactly at `from` and leaves out one airing exactly at `to`', async () => {
    const start = new Date('2025-05-04T14:15:00Z');
    const end = new Date('2025-05-11T14:15:00Z');
    const { value } = await platforms().anilist.airingSchedules(start, end);
    expect(variablesOf(fakes.anilist)).toEqual([
      { page: 1, perPage: 50, airingAt_greater: seconds(start) - 1, airingAt_lesser: seconds(end) },
    ]);
    expect(value.map((e) => e.episode)).toEqual([1127]);
  });

  it('fails with UPSTREAM_UNAVAILABLE on a server error, after one retry, and keeps nothing', async () => {
    fakes.anilist.fail('server-error', Infinity);
    const anilist = platforms({ PLATFORM_RETRIES: '1' }).anilist;
    const error = await failure(anilist.airingSchedules(from, to), 'ANILIST', 'UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/answered 500/);
    expect(fakes.anilist.requests).toHaveLength(2);
    fakes.anilist.heal();
    expect((await anilist.airingSchedules(from, to)).value).toHaveLength(5);
    expect(fakes.anilist.requests).toHaveLength(3);
  });

  it('fails with UPSTREAM_UNAVAILABLE, without retrying, when AniList still has more after 20 pages', async () => {
    await withAniList({ maxPerPage: 1 }, async (fake) => {
      const twentyFiveWeeks = new Date(from.getTime() + 25 * 7 * 86_400_000);
      const call = platforms({ ANILIST_URL: fake.url, PLATFORM_RETRIES: '1' }).anilist.airingSchedules(from, twentyFiveWeeks);
      const error = await failure(call, 'ANILIST', 'UPSTREAM_UNAVAILABLE');
      expect(error.message).toMatch(/more than 20 pages/);
      expect(variablesOf(fake).map((v) => (v as { page: number }).page)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });

  it('refuses a window that ends before it starts, without asking AniList', async () => {
    await expect(platforms().anilist.airingSchedules(to, from)).rejects.toThrow(RangeError);
    expect(fakes.anilist.requests).toHaveLength(0);
  });
});

describe('Kitsu', () => {
  it('asks for /anime/{id} as JSON:API and reads Cowboy Bebop', async () => {
    const answer = await platforms().kitsu.anime('1');
    const request = only(fakes.kitsu);
    expect(request).toMatchObject({ method: 'GET', path: '/api/edge/anime/1' });
    expect(request.headers.accept).toBe('application/vnd.api+json');
    expect(answer).toMatchObject({ source: 'KITSU', tier: 'ORIGIN' });
    expect(answer.value).toMatchObject({
      id: '1',
      canonicalTitle: 'Cowboy Bebop',
      averageRating: '82.27',
      userCount: 162390,
      popularityRank: 44,
    });
  });

  it("finds Kitsu's id for a MyAnimeList id through its mappings", async () => {
    const answer = await platforms().kitsu.idForMal(269);
    const request = only(fakes.kitsu);
    expect(request.path).toBe('/api/edge/mappings');
    expect(Object.fromEntries(request.query)).toEqual({
      'filter[externalSite]': 'myanimelist/anime',
      'filter[externalId]': '269',
      include: 'item',
    });
    expect(answer.value).toBe('244');
  });

  it('reads streaming links with their streamer included', async () => {
    const answer = await platforms().kitsu.streamingLinks('1');
    const request = only(fakes.kitsu);
    expect(request.path).toBe('/api/edge/anime/1/streaming-links');
    expect(Object.fromEntries(request.query)).toEqual({ include: 'streamer', 'page[limit]': '20' });
    expect(answer.value?.map((l) => l.site).sort()).toEqual(['Crunchyroll', 'Funimation']);
  });
});

describe('AniDB', () => {
  it('sends request=anime with client, clientver and protover=1 and reads the gzipped XML of Cowboy Bebop', async () => {
    const answer = await platforms().anidb!.anime(23);
    const request = only(fakes.anidb);
    expect(request.path).toBe('/httpapi');
    expect(Object.fromEntries(request.query)).toEqual({ request: 'anime', client: 'anigraph', clientver: '1', protover: '1', aid: '23' });
    expect(request.headers['accept-encoding']).toBe('gzip');
    expect(request.headers.accept).toMatch(/xml/);
    expect(answer).toMatchObject({ source: 'ANIDB', tier: 'ORIGIN' });
    expect(answer.value).toMatchObject({
      id: 23,
      episodeCount: 26,
      startDate: '1998-04-03',
      ratings: { permanent: { value: 8.73, votes: 19872 }, temporary: { value: 8.77, votes: 20114 }, review: { value: 9.12, votes: 31 } },
    });
    expect(answer.value?.titles).toContainEqual({ text: 'Cowboy Bebop', lang: 'x-jat', type: 'main' });
    expect(answer.value?.resources.find((r) => r.type === 2)?.identifiers).toEqual(['1']);
  });

  it('is off without a registered client', () => {
    expect(platforms({ ANIDB_CLIENT: '', ANIDB_CLIENT_VERSION: '' }).anidb).toBeUndefined();
  });
});

describe('AnimeSchedule', () => {
  it('sends the application token as a bearer and reads an anime by its route', async () => {
    const answer = await platforms().animeSchedule!.anime('cowboy-bebop');
    const request = only(fakes.animeSchedule);
    expect(request).toMatchObject({ method: 'GET', path: '/api/v3/anime/cowboy-bebop' });
    expect(request.headers).toMatchObject({ authorization: 'Bearer test-token', accept: 'application/json' });
    expect(answer).toMatchObject({ source: 'ANIMESCHEDULE', tier: 'ORIGIN' });
    expect(answer.value).toMatchObject({
      title: 'Cowboy Bebop',
      route: 'cowboy-bebop',
      episodes: 26,
      stats: { averageScore: 87.31 },
      websites: { mal: 'myanimelist.net/anime/1' },
    });
  });

  it('finds an anime by its MyAnimeList id with the mal-ids filter', async () => {
    const answer = await platforms().animeSchedule!.byMalId(21);
    const request = only(fakes.animeSchedule);
    expect(request.path).toBe('/api/v3/anime');
    expect(Object.fromEntries(request.query)).toEqual({ 'mal-ids': '21', page: '1' });
    expect(answer.value).toMatchObject({ title: 'One Piece', route: 'one-piece' });
  });

  it('fails with UPSTREAM_UNAVAILABLE, without retrying, when AnimeSchedule refuses the token', async () => {
    const error = await failure(
      platforms({ ANIMESCHEDULE_TOKEN: 'wrong-token', PLATFORM_RETRIES: '2' }).animeSchedule!.anime('cowboy-bebop'),
      'ANIMESCHEDULE',
      'UPSTREAM_UNAVAILABLE',
    );
    expect(error.message).toMatch(/401/);
    expect(only(fakes.animeSchedule).headers.authorization).toBe('Bearer wrong-token');
  });

  it('reads a week of the timetable, where One Piece is the show airing', async () => {
    const answer = await platforms().animeSchedule!.timetables({ airType: 'raw', tz: 'UTC' });
    const request = only(fakes.animeSchedule);
    expect(request.path).toBe('/api/v3/timetables/raw');
    expect(Object.fromEntries(request.query)).toEqual({ tz: 'UTC' });
    expect(answer.value.map((e) => e.route)).toContain('one-piece');
  });
});

interface ClientCase {
  source: ExternalPlatform;
  fake: () => FakePlatform;
  start: () => Promise<FakePlatform>;
  urlVariable: string;
  found: (p: Platforms) => Promise<{ value: unknown }>;
  missing: (p: Platforms) => Promise<{ value: unknown }>;
}

const CLIENTS: ClientCase[] = [
  {
    source: 'MYANIMELIST',
    fake: () => fakes.jikan,
    start: startJikanFake,
    urlVariable: 'JIKAN_BASE_URL',
    found: (p) => p.jikan.anime(1),
    missing: (p) => p.jikan.anime(99_999_999),
  },
  {
    source: 'ANILIST',
    fake: () => fakes.anilist,
    start: startAniListFake,
    urlVariable: 'ANILIST_URL',
    found: (p) => p.anilist.media({ anilistId: 1 }),
    missing: (p) => p.anilist.media({ anilistId: 99_999_999 }),
  },
  {
    source: 'KITSU',
    fake: () => fakes.kitsu,
    start: startKitsuFake,
    urlVariable: 'KITSU_BASE_URL',
    found: (p) => p.kitsu.anime('1'),
    missing: (p) => p.kitsu.anime('99999999'),
  },
  {
    source: 'ANIDB',
    fake: () => fakes.anidb,
    start: startAniDbFake,
    urlVariable: 'ANIDB_BASE_URL',
    found: (p) => p.anidb!.anime(23),
    missing: (p) => p.anidb!.anime(99_999_999),
  },
  {
    source: 'ANIMESCHEDULE',
    fake: () => fakes.animeSchedule,
    start: () => startAnimeScheduleFake({ token: 'test-token' }),
    urlVariable: 'ANIMESCHEDULE_BASE_URL',
    found: (p) => p.animeSchedule!.anime('cowboy-bebop'),
    missing: (p) => p.animeSchedule!.anime('no-such-anime'),
  },
];

/** Expects `call` to fail with this PlatformError; returns it. */
async function failure(call: Promise<unknown>, source: ExternalPlatform, code: PlatformError['code']): Promise<PlatformError> {
  const error = await call.then(
    () => expect.fail(`expected ${code} from ${source}`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PlatformError);
  expect((error as PlatformError).extensions).toMatchObject({ code, source });
  return error as PlatformError;
}

describe.each(CLIENTS)('$source failures', ({ source, fake, start, urlVariable, found, missing }) => {
  it('answers null for an anime the platform does not have', async () => {
    const answer = await missing(platforms());
    expect(answer).toMatchObject({ value: null, source, tier: 'ORIGIN' });
    expect(fake().requests).toHaveLength(1);
  });

  it('fails with UPSTREAM_UNAVAILABLE on a malformed answer, after one retry', async () => {
    fake().fail('malformed', Infinity);
    const error = await failure(found(platforms({ PLATFORM_RETRIES: '1' })), source, 'UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/not JSON|does not parse/);
    expect(fake().requests).toHaveLength(2);
  });

  it('fails with UPSTREAM_UNAVAILABLE on a server error, after one retry', async () => {
    fake().fail('server-error', Infinity);
    const error = await failure(found(platforms({ PLATFORM_RETRIES: '1' })), source, 'UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/answered 50\d/);
    expect(fake().requests).toHaveLength(2);
  });

  it('recovers when a retry after a server error succeeds', async () => {
    fake().fail('unavailable', 1);
    expect((await found(platforms({ PLATFORM_RETRIES: '1' }))).value).not.toBeNull();
    expect(fake().requests).toHaveLength(2);
  });

  it('fails with UPSTREAM_TIMEOUT when the answer is slower than the timeout', async () => {
    fake().fail('slow', Infinity, { slowMs: 2000 });
    const started = Date.now();
    const error = await failure(found(platforms({ PLATFORM_TIMEOUT_MS: '200', PLATFORM_RETRIES: '0' })), source, 'UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.message).toMatch(/within 200 ms/);
  });

  it('fails with UPSTREAM_UNAVAILABLE when the connection is refused', async () => {
    const closed = await start();
    await closed.close();
    const error = await failure(found(platforms({ [urlVariable]: closed.url, PLATFORM_RETRIES: '0' })), source, 'UPSTREAM_UNAVAILABLE');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  if (source === 'ANIDB') return;

  it('waits out a short Retry-After on 429 and then answers', async () => {
    fake().fail('rate-limited', 1, { retryAfterSeconds: 1 });
    const answer = await found(platforms({ PLATFORM_RETRIES: '1' }));
    expect(answer.value).not.toBeNull();
    const [limited, retried] = fake().requests;
    expect(fake().requests).toHaveLength(2);
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(990);
  });

  it('fails at once with UPSTREAM_RATE_LIMITED on 429 with a Retry-After longer than it waits', async () => {
    fake().fail('rate-limited', Infinity, { retryAfterSeconds: 30 });
    const started = Date.now();
    const error = await failure(
      found(platforms({ PLATFORM_RETRIES: '2', PLATFORM_MAX_RETRY_AFTER_MS: '5000' })),
      source,
      'UPSTREAM_RATE_LIMITED',
    );
    expect(Date.now() - started).toBeLessThan(500);
    expect(error.extensions.retryAfterSeconds).toBe(30);
    expect(fake().requests).toHaveLength(1);
  });
});

describe("AniDB's error answers (HTTP 200 with an <error> body)", () => {
  it('fails with UPSTREAM_RATE_LIMITED, without retrying, when the client is banned', async () => {
    fakes.anidb.fail('rate-limited', Infinity);
    const error = await failure(platforms({ PLATFORM_RETRIES: '2' }).anidb!.anime(23), 'ANIDB', 'UPSTREAM_RATE_LIMITED');
    expect(error.message).toMatch(/banned/);
    expect(fakes.anidb.requests).toHaveLength(1);
  });

  it('is banned for asking faster than AniDB allows, and says so', async () => {
    const strict = await startAniDbFake({ enforceFloodRule: true, minIntervalMs: 2000 });
    try {
      const anidb = platforms({ ANIDB_BASE_URL: strict.url, ANIDB_RATE_LIMIT: '100/s' }).anidb!;
      expect((await anidb.anime(23)).value).toMatchObject({ id: 23 });
      await failure(anidb.anime(69), 'ANIDB', 'UPSTREAM_RATE_LIMITED');
    } finally {
      await strict.close();
    }
  });

  it('fails with UPSTREAM_UNAVAILABLE naming ANIDB_CLIENT when the client is not registered', async () => {
    const error = await failure(
      platforms({ ANIDB_CLIENT: 'unregistered', PLATFORM_RETRIES: '2' }).anidb!.anime(23),
      'ANIDB',
      'UPSTREAM_UNAVAILABLE',
    );
    expect(error.message).toMatch(/ANIDB_CLIENT/);
    expect(error.message).toMatch(/client version missing or invalid/);
    expect(fakes.anidb.requests).toHaveLength(1);
    expect(Object.fromEntries(fakes.anidb.requests[0].query)).toMatchObject({ client: 'unregistered', clientver: '1' });
  });
});
