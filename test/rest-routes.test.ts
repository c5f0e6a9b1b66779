// The REST compatibility routes through the real gateway over HTTP, with the platforms faked locally:
// what each answers, that it is the GraphQL operation's data in snake_case, and its JSON errors.
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnimeByIdDocument, JikanTopAnimeDocument, SearchAnimeDocument } from '../lib/operations.generated.js';
import { snakeCase } from '../lib/selection-schema.js';
import type { TestApp } from './helpers/app.js';
import { startAppWithFakes, type AppWithFakes } from './helpers/app-with-fakes.js';
import type { Fakes } from './platforms/fakes/start-all.js';

let fakes: Fakes;
let t: TestApp;
let base: string;

let world: AppWithFakes;
beforeAll(async () => {
  world = await startAppWithFakes();
  ({ fakes, t, base } = world);
});
afterAll(() => world?.close());
beforeEach(() => fakes.reset());

async function call(path: string, body?: unknown): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const errorBody = (code: string) => ({ error: { code, message: expect.any(String), correlation_id: expect.any(String) } });

/** The answer without its metadata, which the GraphQL operation does not have. */
const withoutMetadata = ({ metadata: _metadata, ...rest }: Record<string, unknown>) => rest;

describe('GET /api/anime/{id}', () => {
  it('answers a catalog anime in snake_case with the correlation id of its header', async () => {
    const { status, headers, body } = await call('/api/anime/mal-1');
    expect(status).toBe(200);
    expect(body.anime).toMatchObject({
      id: 'mal-1',
      title: 'Cowboy Bebop',
      type: 'TV',
      score: { arithmetic_geometric_mean: expect.any(Number) },
    });
    expect(body.anime.platform_ids).toContainEqual(expect.objectContaining({ platform: 'MYANIMELIST', id: '1' }));
    expect(body.metadata).toMatchObject({ correlation_id: headers.get('x-correlation-id'), timings: { total_ms: expect.any(Number) } });
  });

  it('answers exactly the data of AnimeById, in snake_case', async () => {
    const rest = await call('/api/anime/mal-16498');
    const graphql = await t.gql(print(AnimeByIdDocument), { id: 'mal-16498' });
    expect(graphql.body.errors).toBeUndefined();
    expect(withoutMetadata(rest.body)).toEqual(snakeCase(graphql.body.data));
  });

  it('answers 404 NOT_FOUND for an id the catalog does not have', async () => {
    const { status, body } = await call('/api/anime/mal-999999999');
    expect(status).toBe(404);
    expect(body).toMatchObject(errorBody('NOT_FOUND'));
  });

  it('refuses an id that cannot be one with 422 VALIDATION_FAILED', async () => {
    const { status, body } = await call(`/api/anime/${encodeURIComponent('no such/id!')}`);
    expect(status).toBe(422);
    expect(body).toMatchObject(errorBody('VALIDATION_FAILED'));
    expect(body.error.details.issues[0].path).toEqual(['id']);
  });
});

describe('POST /api/search', () => {
  it('searches by text with a filter, answering the data of SearchAnime', async () => {
    const rest = await call('/api/search', { query: 'titan', filter: { types: ['TV'] }, limit: 5 });
    expect(rest.status).toBe(200);
    expect(rest.body.search.hits.length).toBeGreaterThan(0);
    expect(rest.body.search.hits.every((h: any) => h.anime.type === 'TV')).toBe(true);
    expect(rest.body.search.page_info).toMatchObject({ has_next_page: expect.any(Boolean) });
    const graphql = await t.gql(print(SearchAnimeDocument), { query: 'titan', filter: { type: ['TV'] }, first: 5 });
    expect(withoutMetadata(rest.body)).toEqual(snakeCase(graphql.body.data));
  });

  it('finds anime similar to one by id', async () => {
    const { status, body } = await call('/api/search', { similar_to: 'mal-16498', limit: 3 });
    expect(status).toBe(200);
    expect(body.similar.length).toBeGreaterThan(0);
    expect(body.similar.length).toBeLessThanOrEqual(3);
    expect(body.similar[0]).toMatchObject({
      because: { id: 'mal-16498' },
      anime: { id: expect.any(String) },
      shared_tags: expect.any(Array),
    });
  });

  it('refuses a body with both or neither of query and similar_to, and a limit over 50, with 422', async () => {
    for (const bad of [{ query: 'titan', similar_to: 'mal-1' }, { limit: 5 }, { query: 'titan', limit: 51 }]) {
      const { status, body } = await call('/api/search', bad);
      expect(status).toBe(422);
      expect(body).toMatchObject(errorBody('VALIDATION_FAILED'));
    }
  });

  it('answers 404 for anime similar to an unknown id', async () => {
    const { status, body } = await call('/api/search', { similar_to: 'mal-999999999' });
    expect(status).toBe(404);
    expect(body).toMatchObject(errorBody('NOT_FOUND'));
  });
});

describe('GET /api/external/mal/*', () => {
  it("lists MyAnimeList's top anime a page at a time, the next page by cursor", async () => {
    const first = await call('/api/external/mal/top?type=tv&limit=2&page=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toMatchObject({ mal_id: expect.any(Number), title: expect.any(String) });
    expect(first.body.page_info).toEqual({ has_next_page: true, end_cursor: expect.any(String) });
    expect(first.body.metadata.sources).toEqual([{ name: 'myanimelist', state: 'OK' }]);
    const next = await call(`/api/external/mal/top?type=tv&limit=2&cursor=${encodeURIComponent(first.body.page_info.end_cursor)}`);
    expect(next.status).toBe(200);
    expect(next.body.items.map((i: any) => i.mal_id)).not.toContain(first.body.items[0].mal_id);
  });

  it('answers the data of JikanTopAnime, in snake_case', async () => {
    const rest = await call('/api/external/mal/top?filter=bypopularity&limit=3');
    const graphql = await t.gql(print(JikanTopAnimeDocument), { filter: 'BYPOPULARITY', first: 3 });
    const top = snakeCase(graphql.body.data.jikan.topAnime) as any;
    expect(rest.body).toMatchObject({
      items: top.nodes,
      page_info: { has_next_page: top.page_info.has_next_page },
      total_count: top.total_count,
    });
  });

  it('refuses page > 1 (pointing to cursor), a limit over 25 and an unknown type with 422', async () => {
    const paged = await call('/api/external/mal/top?page=2');
    expect(paged.status).toBe(422);
    expect(paged.body).toMatchObject(errorBody('VALIDATION_FAILED'));
    expect(paged.body.error.message).toContain('cursor');
    // A second ? belongs to the query string: `limit` is then "5?x=1", not 5.
    for (const bad of ['limit=26', 'type=cartoon', 'limit=3&limit=4', 'limit=5?x=1']) {
      const { status, body } = await call(`/api/external/mal/top?${bad}`);
      expect(status).toBe(422);
      expect(body).toMatchObject(errorBody('VALIDATION_FAILED'));
    }
  });

  it("lists a season's anime", async () => {
    const { status, body } = await call('/api/external/mal/seasons/1998/spring?filter=tv');
    expect(status).toBe(200);
    expect(body.items.map((i: any) => i.title)).toContain('Cowboy Bebop');
    expect(fakes.jikan.requests.map((r) => r.path)).toContain('/v4/seasons/1998/spring');
  });

  it("passes Jikan's flags on: sfw on the top list, continuing and unapproved on a season, unapproved on the schedule", async () => {
    const season = await call('/api/external/mal/seasons/2023/fall?unapproved=true&sfw=true');
    expect(season.status).toBe(200);
    expect(season.body.items.map((i: any) => i.title)).toEqual(['Sousou no Frieren', 'Hoshifuru Kissaten']);
    const plainSeason = await call('/api/external/mal/seasons/2023/fall');
    expect(plainSeason.body.items.map((i: any) => i.title)).toEqual(['Sousou no Frieren']);
    const schedule = await call('/api/external/mal/schedules?day=sunday&unapproved=true');
    expect(schedule.body.items.map((i: any) => i.title)).toEqual(['One Piece', 'Hoshifuru Kissaten']);
    expect((await call('/api/external/mal/top?sfw=true&limit=3')).status).toBe(200);

    const continuing = await call('/api/external/mal/seasons/2023/fall?continuing=true');
    expect(continuing.body.items.map((i: any) => i.title)).toContain('One Piece');

    const seasonRequest = fakes.jikan.requests.find((r) => r.path === '/v4/seasons/2023/fall' && r.query.has('unapproved'))!;
    expect(Object.fromEntries(['unapproved', 'sfw'].map((flag) => [flag, seasonRequest.query.get(flag)]))).toEqual({
      unapproved: 'true',
      sfw: 'true',
    });
    expect(fakes.jikan.requests.find((r) => r.path === '/v4/top/anime')!.query.get('sfw')).toBe('true');
    expect((await call('/api/external/mal/seasons/2023/fall?unapproved=yes')).status).toBe(422);
  });

  it('refuses a season that is not one with 422', async () => {
    const { status, body } = await call('/api/external/mal/seasons/1998/autumn');
    expect(status).toBe(422);
    expect(body.error.details.issues[0].path).toEqual(['season']);
  });
});

describe('GET /api/external/mal/* lookups', () => {
  it("answers a day's schedule, genres, an anime's characters, staff and recommendations, and a random anime", async () => {
    const schedules = await call('/api/external/mal/schedules?day=sunday&kids=false');
    expect(schedules.status).toBe(200);
    expect(schedules.body.items.map((i: any) => i.title)).toContain('One Piece');
    expect(fakes.jikan.requests.find((r) => r.path === '/v4/schedules')!.query.get('filter')).toBe('sunday');
    const genres = await call('/api/external/mal/genres?filter=themes');
    expect(genres.body.genres[0]).toMatchObject({ mal_id: expect.any(Number), name: expect.any(String), count: expect.any(Number) });
    const characters = await call('/api/external/mal/characters/1');
    expect(characters.body.characters[0].voice_actors.length).toBeGreaterThan(0);
    const staff = await call('/api/external/mal/staff/1');
    expect(staff.body.staff[0].roles.length).toBeGreaterThan(0);
    const recommendations = await call('/api/external/mal/recommendations/1');
    expect(recommendations.body.recommendations[0]).toMatchObject({ title: expect.any(String) });
    const random = await call('/api/external/mal/random');
    expect(random).toMatchObject({ status: 200, body: { anime: { mal_id: expect.any(Number), title: expect.any(String) } } });
  });

  it("pages MyAnimeList users' recent recommendations by cursor, newest first", async () => {
    const first = await call('/api/external/mal/recommendations/recent?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0].entries).toHaveLength(2);
    expect(first.body.page_info.has_next_page).toBe(true);
    const next = await call(
      `/api/external/mal/recommendations/recent?limit=1&cursor=${encodeURIComponent(first.body.page_info.end_cursor)}`,
    );
    const both = await call('/api/external/mal/recommendations/recent?limit=2');
    expect([...first.body.items, ...next.body.items].map((i: any) => i.id)).toEqual(both.body.items.map((i: any) => i.id));
    expect((await call('/api/external/mal/recommendations/recent?limit=101')).status).toBe(422);
  });

  it('answers 404 for an anime MyAnimeList does not have', async () => {
    const { status, body } = await call('/api/external/mal/characters/999999999');
    expect(status).toBe(404);
    expect(body).toMatchObject(errorBody('NOT_FOUND'));
  });

  it('refuses a mal_id that is not a positive integer, an unknown day or genre filter, and a kids that is not a boolean, with 422', async () => {
    for (const path of [
      'characters/abc',
      'staff/0',
      'recommendations/-3',
      'schedules?day=someday',
      'schedules?kids=maybe',
      'genres?filter=moods',
      'random?x=1',
    ]) {
      const { status, body } = await call(`/api/external/mal/${path}`);
      expect(status, path).toBe(422);
      expect(body).toMatchObject(errorBody('VALIDATION_FAILED'));
    }
  });
});

describe('routing', () => {
  it('keeps 404 ROUTE_NOT_FOUND for unknown paths and 405 for a method a route does not take', async () => {
    expect(await call('/api/external/mal/nowhere')).toMatchObject({ status: 404, body: errorBody('ROUTE_NOT_FOUND') });
    const wrong = await call('/api/anime/mal-1', {});
    expect(wrong).toMatchObject({ status: 405, body: errorBody('METHOD_NOT_ALLOWED') });
  });
});

describe('GET /api/external/animeschedule/*', () => {
  it('searches with every filter, sent to AnimeSchedule under its own names, comma-separated lists split', async () => {
    const { status, body } = await call(
      '/api/external/animeschedule/anime?title=bebop&genres=action,drama&genre_match=any&sort=score&airing_status=finished' +
        '&season=spring&year=1998&studios=sunrise&sources=original&media_types=tv&limit=5',
    );
    expect(status).toBe(200);
    const bebop = body.items.find((i: any) => i.slug === 'cowboy-bebop');
    expect(bebop).toMatchObject({ title: expect.any(String), catalog: { anime: { id: 'mal-1' } } });
    expect(body.metadata.sources).toEqual([{ name: 'animeschedule', state: 'OK' }]);
    const sent = fakes.animeSchedule.requests[0];
    expect(Object.fromEntries(sent.query)).toMatchObject({ q: 'bebop', mt: 'any', st: 'score', 'airing-statuses': 'finished' });
    expect(sent.query.getAll('genres').join(',')).toBe('action,drama');
  });

  it('gives one anime by slug, and 404 for a slug AnimeSchedule does not know', async () => {
    const found = await call('/api/external/animeschedule/anime/one-piece');
    expect(found.status).toBe(200);
    expect(found.body.anime).toMatchObject({ slug: 'one-piece', title: 'One Piece', streams: expect.any(Array) });
    const missing = await call('/api/external/animeschedule/anime/no-such-anime');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject(errorBody('NOT_FOUND'));
  });

  it("gives a week's timetable for an air type in a time zone; the week of a date", async () => {
    const { status, body } = await call('/api/external/animeschedule/timetables?air_type=sub&timezone=America/New_York');
    expect(status).toBe(200);
    expect(body.episodes.length).toBeGreaterThan(0);
    expect(body.episodes.every((e: any) => e.air_type === 'SUB')).toBe(true);
    expect(body.episodes[0].airs_at).toMatch(/-0[45]:00$/);
    expect(fakes.animeSchedule.requests[0].path).toBe('/api/v3/timetables/sub');
    await call('/api/external/animeschedule/timetables?week=2026-12-24');
    expect(Object.fromEntries(fakes.animeSchedule.requests[1].query)).toMatchObject({ week: '52', year: '2026' });
  });

  it('refuses bad parameters with 422: a limit over 100, an unknown sort or status, a bad week, an unknown zone', async () => {
    for (const bad of [
      'anime?limit=101',
      'anime?sort=newest',
      'anime?airing_status=finished,paused',
      'anime?genres=',
      'timetables?week=someday',
      'timetables?timezone=Mars/Olympus',
      'anime/not%20a%20slug',
    ]) {
      const { status, body } = await call(`/api/external/animeschedule/${bad}`);
      expect([bad, status]).toEqual([bad, 422]);
      expect(body.error.code).toMatch(/^(VALIDATION_FAILED|BAD_USER_INPUT)$/);
    }
    expect(fakes.animeSchedule.requests).toEqual([]);
  });
});
