import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_COUNT, VALID_COUNT, writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;

beforeAll(async () => {
  const fixture = writeFixtureCatalog();
  t = await startTestApp({
    ANIME_DB_PATH: fixture.catalogPath,
    ANIME_SYNOPSES_PATH: fixture.synopsesPath,
    MAX_PAGE_SIZE: '50',
    MAX_QUERY_COST: '1000',
  });
});
afterAll(() => t.close());

const ANIME_FIELDS = 'id title type episodes year season status synonyms tags sources platformIds { platform id url }';

describe('HTTP front', () => {
  it('answers liveness and readiness once the catalog is loaded', async () => {
    const health = await fetch(t.app.url.replace('/graphql', '/health'));
    const ready = await fetch(t.app.url.replace('/graphql', '/ready'));
    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphiQL to a browser', async () => {
    const page = await fetch(t.app.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('AniGraph');
  });

  it('echoes the caller correlation id and logs every line of the request with it', async () => {
    const { headers } = await t.gql('{ catalogStats { total } }', {}, { 'x-correlation-id': 'req-42' });
    expect(headers.get('x-correlation-id')).toBe('req-42');
    const lines = t.logs.filter((line) => line.correlationId === 'req-42');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((line) => line.msg === 'request')).toBe(true);
  });

  it('makes a correlation id when the caller sends none', async () => {
    const a = await t.gql('{ catalogStats { total } }');
    const b = await t.gql('{ catalogStats { total } }');
    expect(a.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get('x-correlation-id')).not.toBe(b.headers.get('x-correlation-id'));
  });
});

describe('catalog queries', () => {
  it('finds an anime by id with its catalog fields and parsed platform ids', async () => {
    const { body } = await t.gql(`{ anime(id: "mal-1") { ${ANIME_FIELDS} synopsis duration { seconds minutes } score { median } } }`);
    const anime = body.data.anime;
    expect(anime.title).toBe('Cowboy Bebop');
    expect(anime).toMatchObject({ type: 'TV', episodes: 26, year: 1998, season: 'SPRING', status: 'FINISHED' });
    expect(anime.synopsis).toContain('Bebop');
    expect(anime.duration.seconds).toBeGreaterThan(0);
    expect(anime.platformIds).toContainEqual({ platform: 'MYANIMELIST', id: '1', url: 'https://myanimelist.net/anime/1' });
    expect(anime.platformIds).toContainEqual(expect.objectContaining({ platform: 'ANILIST', id: '1' }));
  });

  it('answers null for an unknown id', async () => {
    const { body } = await t.gql('{ anime(id: "mal-999999999") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.anime).toBeNull();
  });

  it('finds an anime by any platform id, and many in one call', async () => {
    const one = await t.gql('{ animeBySource(platform: MYANIMELIST, id: "16498") { id title } }');
    expect(one.body.data.animeBySource).toEqual({ id: 'mal-16498', title: 'Shingeki no Kyojin' });
    const many = await t.gql('{ animesBySource(platform: MYANIMELIST, ids: ["1", "404404", "5114"]) { title } }');
    expect(many.body.data.animesBySource).toEqual([{ title: 'Cowboy Bebop' }, null, { title: 'Fullmetal Alchemist: Brotherhood' }]);
  });

  it('gives several anime by id in the order asked, null where unknown or, with a filter, not matching it', async () => {
    const all = await t.gql('{ animesByIds(ids: ["mal-5114", "mal-404404", "mal-1"]) { id } }');
    expect(all.body.data.animesByIds).toEqual([{ id: 'mal-5114' }, null, { id: 'mal-1' }]);
    const tv = await t.gql('{ animesByIds(ids: ["mal-5114", "mal-5", "mal-1"], filter: { type: [MOVIE] }) { id type } }');
    expect(tv.body.data.animesByIds).toEqual([null, { id: 'mal-5', type: 'MOVIE' }, null]);
  });

  it('resolves related anime that are in the catalog', async () => {
    const { body } = await t.gql('{ anime(id: "mal-1") { relatedAnime related { id } } }');
    expect(body.data.anime.relatedAnime).toContain('https://myanimelist.net/anime/5');
    expect(body.data.anime.related).toEqual([{ id: 'mal-5' }]);
  });

  it('pages through the catalog with cursors, each anime exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    do {
      const { body } = await t.gql(
        'query Page($after: String) { animes(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }',
        { after },
      );
      const page = body.data.animes;
      total = page.totalCount;
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(VALID_COUNT);
    expect(new Set(seen).size).toBe(VALID_COUNT);
  });

  it('filters by type, year range, tags and episodes together', async () => {
    const { body } = await t.gql(
      `{ animes(first: 50, filter: { type: [MOVIE], year: { min: 1985, max: 2001 } }) { totalCount nodes { title type year } } }`,
    );
    const titles = body.data.animes.nodes.map((a: any) => a.title);
    expect(titles).toContain('Sen to Chihiro no Kamikakushi');
    expect(titles).not.toContain('Kimi no Na wa.');
    for (const anime of body.data.animes.nodes) {
      expect(anime.type).toBe('MOVIE');
      expect(anime.year).toBeGreaterThanOrEqual(1985);
      expect(anime.year).toBeLessThanOrEqual(2001);
    }
    const tagged = await t.gql('{ animes(first: 50, filter: { tags: { allOf: ["space"], noneOf: ["comedy"] } }) { nodes { tags } } }');
    expect(tagged.body.data.animes.nodes.length).toBeGreaterThan(0);
    for (const anime of tagged.body.data.animes.nodes) {
      expect(anime.tags).toContain('space');
      expect(anime.tags).not.toContain('comedy');
    }
  });

  it('reports catalog statistics, including the rejected entries and why', async () => {
    const { body } = await t.gql(
      '{ catalogStats { total rejected rejections { index title reason } lastUpdate byType { key count } byDecade { key count } topTags(first: 3) { key count } } }',
    );
    const stats = body.data.catalogStats;
    expect(stats.total).toBe(VALID_COUNT);
    expect(stats.rejected).toBe(INVALID_COUNT);
    expect(stats.lastUpdate).toBe('2026-11-24');
    expect(stats.rejections.map((r: any) => r.reason).join('\n')).toMatch(/title/);
    expect(stats.rejections.map((r: any) => r.reason).join('\n')).toMatch(/duplicate/);
    expect(stats.byType.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(VALID_COUNT);
    expect(stats.topTags).toHaveLength(3);
    expect(stats.topTags[0].count).toBeGreaterThanOrEqual(stats.topTags[2].count);
  });
});

describe('bad input', () => {
  const codeOf = (body: any) => body.errors?.[0]?.extensions?.code;

  it.each([
    ['a negative page size', '{ animes(first: -1) { totalCount } }', /first must be a non-negative/],
    ['a page size above the limit', '{ animes(first: 51) { totalCount } }', /first must be at most 50/],
    [
      'a reversed year range',
      '{ animes(filter: { year: { min: 2010, max: 2000 } }) { totalCount } }',
      /min \(2010\) is greater than max \(2000\)/,
    ],
    ['a reversed score range', '{ search(query: "bebop", filter: { score: { min: 9, max: 1 } }) { totalCount } }', /filter.score/],
    ['an empty search', '{ search(query: "   ") { totalCount } }', /must not be empty/],
    ['a search page above the limit', '{ search(query: "bebop", first: 500) { totalCount } }', /at most 50/],
    ['a cursor this API did not issue', '{ animes(after: "bm9wZQ") { totalCount } }', /not a cursor/],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query, message) => {
    const { body } = await t.gql(query);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(message);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const { body } = await t.gql(
      '{ anime(id: "mal-1") { related { related { related { related { related { related { related { related { related { related { related { id } } } } } } } } } } } } }',
    );
    expect(codeOf(body)).toBe('QUERY_TOO_DEEP');
    expect(body.data).toBeUndefined();
  });

  it('refuses a query whose estimated cost is above the limit', async () => {
    const pages = Array.from({ length: 30 }, (_, i) => `p${i}: animes(first: 50) { nodes { id } }`).join(' ');
    const { body } = await t.gql(`{ ${pages} }`);
    expect(codeOf(body)).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
  });
});
