// Jikan's and AnimeSchedule's own query fields through the gateway, against local fakes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { startFakes, type Fakes } from './fakes/start-all.js';

let fakes: Fakes;
let t: TestApp;

beforeAll(async () => {
  fakes = await startFakes();
  const fixture = writeFixtureCatalog();
  t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, ...fakes.env });
});
afterAll(async () => {
  await t?.close();
  await fakes?.close();
});
beforeEach(() => fakes.reset());

describe('MyAnimeList through Jikan', () => {
  it('lists top anime with the documented parameters, linked to the catalog', async () => {
    const { body } = await t.gql(
      '{ jikan { topAnime(type: TV, filter: BYPOPULARITY, rating: PG13, sfw: true, page: 1, limit: 5) { items { malId title score catalog { anime { id title } } } page hasNextPage dataSource { platform cacheTier } } } }',
    );
    expect(body.errors).toBeUndefined();
    const sent = fakes.jikan.requests[0];
    expect(sent.path).toBe('/v4/top/anime');
    expect(Object.fromEntries(sent.query)).toMatchObject({
      type: 'tv',
      filter: 'bypopularity',
      rating: 'pg13',
      sfw: 'true',
      page: '1',
      limit: '5',
    });
    const page = body.data.jikan.topAnime;
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.dataSource).toEqual({ platform: 'MYANIMELIST', cacheTier: 'ORIGIN' });
    const linked = page.items.filter((i: any) => i.catalog.anime);
    expect(linked.length).toBeGreaterThan(0);
    for (const item of linked) expect(item.catalog.anime.id).toBe(`mal-${item.malId}`);
  });

  it('refuses a limit above the 25 Jikan allows, before calling it', async () => {
    const { body } = await t.gql('{ jikan { topAnime(limit: 26) { page } first: topAnime(first: 26) { totalCount } } }');
    expect(body.errors.map((e: any) => e.extensions.argument).sort()).toEqual(['first', 'limit']);
    expect(body.errors.every((e: any) => e.extensions.code === 'BAD_USER_INPUT')).toBe(true);
    expect(fakes.jikan.requests).toHaveLength(0);
  });

  it("gives a season's anime, a day's schedule, genres, an anime's characters, staff and recommendations, and recent community recommendations", async () => {
    const { body } = await t.gql(`{ jikan {
      season(year: 1998, season: SPRING, filter: TV, continuing: true) { items { title } }
      schedules(day: SUNDAY, kids: false) { items { title broadcast } }
      genres(filter: THEMES) { name count }
      characters(malId: 1) { name voiceActors { name } }
      staff(malId: 1) { name roles }
      recommendations(malId: 1) { title votes catalog { anime { id } } }
      recentRecommendations(page: 1) { items { entries { title } content } }
    } }`);
    expect(body.errors).toBeUndefined();
    const jikan = body.data.jikan;
    expect(jikan.season.items.map((i: any) => i.title)).toContain('Cowboy Bebop');
    expect(jikan.schedules.items.map((i: any) => i.title)).toContain('One Piece');
    expect(jikan.genres.length).toBeGreaterThan(0);
    expect(jikan.characters[0].voiceActors.length).toBeGreaterThan(0);
    expect(jikan.staff[0].roles.length).toBeGreaterThan(0);
    expect(jikan.recommendations.length).toBeGreaterThan(0);
    expect(jikan.recentRecommendations.items[0].entries).toHaveLength(2);
    const paths = fakes.jikan.requests.map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v4/seasons/1998/spring',
        '/v4/schedules',
        '/v4/genres/anime',
        '/v4/anime/1/characters',
        '/v4/anime/1/staff',
        '/v4/anime/1/recommendations',
        '/v4/recommendations/anime',
      ]),
    );
    expect(fakes.jikan.requests.find((r) => r.path === '/v4/schedules')!.query.get('filter')).toBe('sunday');
  });

  it('lists an entry MyAnimeList has not approved yet in a season and on a day of the schedule only with unapproved: true', async () => {
    const { body } = await t.gql(`{ jikan {
      season(year: 2023, season: FALL) { items { title } }
      seasonWithUnapproved: season(year: 2023, season: FALL, unapproved: true) { items { title } }
      schedules(day: SUNDAY) { items { title } }
      schedulesWithUnapproved: schedules(day: SUNDAY, unapproved: true) { items { title } }
    } }`);
    expect(body.errors).toBeUndefined();
    const titles = (list: any) => list.items.map((i: any) => i.title);
    const jikan = body.data.jikan;
    expect(titles(jikan.season)).toEqual(['Sousou no Frieren']);
    expect(titles(jikan.seasonWithUnapproved)).toEqual(['Sousou no Frieren', 'Hoshifuru Kissaten']);
    expect(titles(jikan.schedules)).toEqual(['One Piece']);
    expect(titles(jikan.schedulesWithUnapproved)).toEqual(['One Piece', 'Hoshifuru Kissaten']);
    // A flag as Jikan reads one, like sfw: `unapproved=true`, and only on the lists that asked for it.
    const flagged = fakes.jikan.requests.filter((r) => r.query.has('unapproved'));
    expect(flagged.map((r) => `${r.path}?unapproved=${r.query.get('unapproved')}`).sort()).toEqual([
      '/v4/schedules?unapproved=true',
      '/v4/seasons/2023/fall?unapproved=true',
    ]);
  });

  it('keeps a list asked with unapproved apart in the cache from the same list asked without', async () => {
    const ask = (flag: string) =>
      t.gql(`{ jikan {
        season(year: 2023, season: FALL, filter: TV${flag}) { items { title } dataSource { cacheTier } }
        schedules(day: SUNDAY, sfw: true${flag}) { items { title } dataSource { cacheTier } }
      } }`);
    const summary = (body: any) =>
      ['season', 'schedules'].map((list) => ({
        titles: body.data.jikan[list].items.map((i: any) => i.title),
        fresh: body.data.jikan[list].dataSource.cacheTier === 'ORIGIN',
      }));
    const approved = [
      { titles: ['Sousou no Frieren'], fresh: true },
      { titles: ['One Piece'], fresh: true },
    ];
    const all = [
      { titles: ['Sousou no Frieren', 'Hoshifuru Kissaten'], fresh: true },
      { titles: ['One Piece', 'Hoshifuru Kissaten'], fresh: true },
    ];
    const cached = (lists: typeof all) => lists.map((l) => ({ ...l, fresh: false }));

    expect(summary((await ask('')).body)).toEqual(approved);
    // Cached without the flag, yet Jikan is asked again: the flagged list is another cache entry.
    expect(summary((await ask(', unapproved: true')).body)).toEqual(all);
    expect(summary((await ask('')).body)).toEqual(cached(approved));
    expect(summary((await ask(', unapproved: true')).body)).toEqual(cached(all));
    expect(fakes.jikan.requests.map((r) => `${r.path} ${r.query.get('unapproved')}`).sort()).toEqual([
      '/v4/schedules null',
      '/v4/schedules true',
      '/v4/seasons/2023/fall null',
      '/v4/seasons/2023/fall true',
    ]);
  });

  it('pages top anime with first and after to the end: each anime once, in MyAnimeList order, as many as totalCount', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let pages = 0; pages < 20; pages++) {
      const { body } = await t.gql(
        'query($after: String) { jikan { topAnime(first: 2, after: $after) { totalCount edges { cursor node { malId } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }',
        { after },
      );
      expect(body.errors).toBeUndefined();
      const page = body.data.jikan.topAnime;
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e: any) => e.node.malId));
      totalCount = page.totalCount;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const whole = await t.gql('{ jikan { topAnime(first: 25) { nodes { malId } } } }');
    expect(seen).toEqual(whole.body.data.jikan.topAnime.nodes.map((n: any) => n.malId));
    expect(seen.length).toBe(totalCount);
    // Every page of 2 came from Jikan's first page of 25, read at most once and then from the cache.
    expect(fakes.jikan.requests.map((r) => `${r.query.get('page')}/${r.query.get('limit')}`)).toEqual(
      fakes.jikan.requests.length ? ['1/25'] : [],
    );
  });

  it('continues a deprecated page/limit page with first and after, reading the Jikan pages that hold the next anime', async () => {
    const whole = await t.gql('{ jikan { topAnime { nodes { malId } } } }');
    const all = whole.body.data.jikan.topAnime.nodes.map((n: any) => n.malId);
    const legacy = await t.gql('{ jikan { topAnime(page: 1, limit: 2) { items { malId } page hasNextPage pageInfo { endCursor } } } }');
    expect(legacy.body.data.jikan.topAnime).toMatchObject({ page: 1, hasNextPage: true });
    expect(legacy.body.data.jikan.topAnime.items.map((i: any) => i.malId)).toEqual(all.slice(0, 2));
    const next = await t.gql('query($after: String) { jikan { topAnime(first: 3, after: $after) { nodes { malId } } } }', {
      after: legacy.body.data.jikan.topAnime.pageInfo.endCursor,
    });
    expect(next.body.data.jikan.topAnime.nodes.map((n: any) => n.malId)).toEqual(all.slice(2, 5));
    const asked = fakes.jikan.requests.map((r) => `${r.query.get('page')}/${r.query.get('limit')}`);
    expect(asked.filter((a) => a !== '1/25')).toEqual(['1/2', '2/2', '3/2']);
  });

  it('refuses page or limit together with first or after, and a cursor it did not issue', async () => {
    const mixed = await t.gql('{ jikan { topAnime(page: 2, first: 5) { nodes { malId } } } }');
    expect(mixed.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const forged = await t.gql('{ jikan { season(year: 1998, season: SPRING, after: "bm90LWEtY3Vyc29y") { nodes { malId } } } }');
    expect(forged.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    // A cursor shaped like ours but naming pages larger than Jikan's is not one this API issued either.
    const oversized = Buffer.from('cursor:1.1000.0').toString('base64url');
    const huge = await t.gql(`{ jikan { topAnime(after: "${oversized}") { nodes { malId } } } }`);
    expect(huge.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(fakes.jikan.requests).toHaveLength(0);
  });

  it("pages MyAnimeList users' recent recommendations one at a time", async () => {
    const first = await t.gql('{ jikan { recentRecommendations(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } } }');
    const page = first.body.data.jikan.recentRecommendations;
    expect(page.nodes).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql('query($after: String) { jikan { recentRecommendations(first: 1, after: $after) { nodes { id } } } }', {
      after: page.pageInfo.endCursor,
    });
    const whole = await t.gql('{ jikan { recentRecommendations(first: 2) { nodes { id } } } }');
    expect([...page.nodes, ...second.body.data.jikan.recentRecommendations.nodes]).toEqual(
      whole.body.data.jikan.recentRecommendations.nodes,
    );
  });

  it('answers NOT_FOUND, with its source, for an anime MyAnimeList does not have', async () => {
    const { body } = await t.gql('{ jikan { characters(malId: 999999) { name } } }');
    expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', source: 'MYANIMELIST' });
    expect(body.data.jikan.characters).toBeNull();
  });

  it('gives a random anime on every call, never from the cache', async () => {
    await t.gql('{ jikan { randomAnime { malId } } }');
    const { body } = await t.gql('{ jikan { randomAnime { malId title } } }');
    expect(body.data.jikan.randomAnime.title).toEqual(expect.any(String));
    expect(fakes.jikan.requests.filter((r) => r.path === '/v4/random/anime')).toHaveLength(2);
  });
});

describe('AnimeSchedule', () => {
  it('searches with the documented parameters and its bearer token, up to the limit', async () => {
    const { body } = await t.gql(
      '{ animeSchedule { search(title: "bebop", genres: ["action"], genresMatch: ANY, sort: SCORE, airingStatus: [FINISHED], limit: 5) { total items { slug title score websites { site url } catalog { anime { id } } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const sent = fakes.animeSchedule.requests[0];
    expect(sent.headers.authorization).toBe('Bearer test-token');
    expect(Object.fromEntries(sent.query)).toMatchObject({
      q: 'bebop',
      genres: 'action',
      mt: 'any',
      st: 'score',
      'airing-statuses': 'finished',
    });
    const bebop = body.data.animeSchedule.search.items.find((i: any) => i.slug === 'cowboy-bebop');
    expect(bebop.catalog.anime).toEqual({ id: 'mal-1' });
    expect(bebop.websites.find((w: any) => w.site === 'MyAnimeList').url).toMatch(/^https:\/\/myanimelist\.net\/anime\/1/);
  });

  it('gives one anime by slug, and NOT_FOUND for a slug it does not know', async () => {
    const { body } = await t.gql(
      '{ animeSchedule { found: anime(slug: "one-piece") { title status streams { site url } } missing: anime(slug: "no-such-anime") { title } } }',
    );
    expect(body.data.animeSchedule.found.title).toBe('One Piece');
    expect(body.data.animeSchedule.missing).toBeNull();
    expect(body.errors[0]).toMatchObject({
      path: ['animeSchedule', 'missing'],
      extensions: { code: 'NOT_FOUND', source: 'ANIMESCHEDULE' },
    });
  });

  it("gives this week's timetable for one air type, in the time zone asked for", async () => {
    const { body } = await t.gql(
      '{ animeSchedule { timetables(airType: SUB, timezone: "America/New_York") { title episodeNumber airsAt airType } } }',
    );
    expect(body.errors).toBeUndefined();
    const episodes = body.data.animeSchedule.timetables;
    expect(episodes.length).toBeGreaterThan(0);
    expect(episodes.every((e: any) => e.airType === 'SUB')).toBe(true);
    expect(episodes[0].airsAt).toMatch(/-0[45]:00$/);
    expect(fakes.animeSchedule.requests[0].path).toBe('/api/v3/timetables/sub');
    expect(fakes.animeSchedule.requests[0].query.get('tz')).toBe('America/New_York');
  });

  it('asks for the ISO week of a date, and refuses an unknown time zone or week', async () => {
    await t.gql('{ animeSchedule { timetables(week: "2026-12-24") { title } } }');
    expect(Object.fromEntries(fakes.animeSchedule.requests[0].query)).toMatchObject({ week: '52', year: '2026' });
    const { body } = await t.gql(
      '{ animeSchedule { zone: timetables(timezone: "Mars/Olympus") { title } week: timetables(week: "someday") { title } } }',
    );
    expect(body.errors.map((e: any) => e.extensions.argument).sort()).toEqual(['timezone', 'week']);
  });
});
