// Anime.dataQuality (completeness from the catalog, conflicts from cached platform answers) and
// catalogStats.quality, through the gateway on the fixture catalog with every platform faked.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TieredCache } from '../lib/cache/index.js';
import { createLogger } from '../lib/logger.js';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startAppWithFakes, type AppWithFakes } from './helpers/app-with-fakes.js';

const PLACEHOLDER = 'https://raw.githubusercontent.com/manami-project/anime-offline-database/master/pics/no_pic.png';

// An entry with none of the fields a complete record has (one source, the placeholder picture, no year...).
const SPARSE = {
  sources: ['https://anidb.net/anime/990001'],
  title: 'Sparse Record',
  type: 'ONA',
  episodes: 0,
  status: 'UNKNOWN',
  animeSeason: { season: 'UNDEFINED' },
  picture: PLACEHOLDER,
  thumbnail: PLACEHOLDER,
  synonyms: [],
  studios: [],
  producers: [],
  relatedAnime: [],
  tags: [],
};

let env: AppWithFakes;
let served: Record<string, any>[];
let synopses: Record<string, string>;

beforeAll(async () => {
  // Our own copy of the fixture: Cowboy Bebop's catalog episodes and year differ from every platform's (26, 1998).
  const files = writeFixtureCatalog({ entries: [SPARSE], synopses: {} });
  const release = JSON.parse(readFileSync(files.catalogPath, 'utf8'));
  const bebop = release.data.find((e: any) => e?.sources?.includes?.('https://myanimelist.net/anime/1'));
  Object.assign(bebop, { episodes: 24, animeSeason: { ...bebop.animeSeason, year: 1997 } });
  const catalogPath = join(files.dir, 'catalog-conflicts.json');
  writeFileSync(catalogPath, JSON.stringify(release));
  synopses = JSON.parse(readFileSync(files.synopsesPath, 'utf8'));
  env = await startAppWithFakes({ ANIME_DB_PATH: catalogPath, ANIME_SYNOPSES_PATH: files.synopsesPath });
  const { body } = await env.t.gql('{ animes(first: 100) { nodes { id studios dataQuality { score missing } } } }');
  expect(body.errors).toBeUndefined();
  served = body.data.animes.nodes;
}, 60_000);

afterAll(() => env?.close());

const quality = async (id: string) => {
  const { body } = await env.t.gql(`{ anime(id: "${id}") { dataQuality { animeId score missing } } }`);
  expect(body.errors).toBeUndefined();
  return body.data.anime.dataQuality;
};

describe('Anime.dataQuality: completeness', () => {
  it('scores a record with every field 1 and misses nothing', async () => {
    expect(await quality('mal-1')).toEqual({ animeId: 'mal-1', score: 1, missing: [] });
  });

  it('names the missing fields, heaviest first, and takes their weights off', async () => {
    expect(await quality('mal-2167')).toEqual({ animeId: 'mal-2167', score: 0.7, missing: ['synopsis', 'studios'] });
    expect(await quality('mal-21')).toEqual({ animeId: 'mal-21', score: 0.7, missing: ['synopsis', 'episodes'] });
    expect(await quality('mal-16498')).toEqual({ animeId: 'mal-16498', score: 0.9, missing: ['studios'] });
  });

  it('scores a record with none of the fields 0 and names all nine', async () => {
    const sparse = served.find((a) => a.id === 'anidb-990001');
    expect(sparse.dataQuality).toEqual({
      score: 0,
      missing: ['synopsis', 'tags', 'picture', 'year', 'episodes', 'studios', 'score', 'sources', 'season'],
    });
  });
});

describe('catalogStats.quality', () => {
  it('gives the distribution, the mean and the most common gaps of the served catalog', async () => {
    const { body } = await env.t.gql(
      '{ catalogStats { total quality { mean histogram { from to count } commonGaps { field count share } } } }',
    );
    expect(body.errors).toBeUndefined();
    const { total, quality: q } = body.data.catalogStats;
    expect(total).toBe(served.length);

    const scores = served.map((a) => a.dataQuality.score as number);
    expect(q.mean).toBeCloseTo(scores.reduce((s, x) => s + x, 0) / total, 3);
    expect(q.histogram).toHaveLength(10);
    expect(q.histogram.map((b: any) => b.from)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    const expectedCounts = new Array(10).fill(0);
    for (const score of scores) expectedCounts[Math.min(9, Math.floor(score * 10 + 1e-9))]++;
    expect(q.histogram.map((b: any) => b.count)).toEqual(expectedCounts);
    expect(q.histogram[0].count).toBe(1); // the sparse record

    // Counted from the served records and the synopses file, not from dataQuality.
    const withoutStudios = served.filter((a) => a.studios.length === 0).length;
    const withSynopsis = served.filter((a) => a.id.startsWith('mal-') && synopses[a.id.slice(4)]).length;
    const gap = (field: string) => q.commonGaps.find((g: any) => g.field === field);
    expect(gap('studios')).toEqual({ field: 'studios', count: withoutStudios, share: Math.round((withoutStudios / total) * 1000) / 1000 });
    expect(gap('synopsis').count).toBe(total - withSynopsis);
    expect(gap('score')).toEqual({ field: 'score', count: 1, share: Math.round((1 / total) * 1000) / 1000 });
    const counts = q.commonGaps.map((g: any) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(q.commonGaps[0].field).toBe('synopsis');
  });
});

describe('Anime.dataQuality.conflicts', () => {
  const CONFLICTS = '{ anime(id: "mal-1") { dataQuality { conflicts { field catalogValue values { platform value } } } } }';

  it('is empty before any platform data for the anime is fetched, and asks no platform', async () => {
    const asked = () => env.fakes.all.reduce((sum, fake) => sum + fake.requests.length, 0);
    const before = asked();
    const { body } = await env.t.gql(CONFLICTS);
    expect(body.errors).toBeUndefined();
    expect(body.data.anime.dataQuality.conflicts).toEqual([]);
    expect(asked()).toBe(before);
  });

  it('lists where the platforms disagree with the catalog once their answers are cached', async () => {
    const scores = await env.t.gql('{ anime(id: "mal-1") { platformScores { platform } } }');
    expect(scores.body.errors).toBeUndefined();
    const { body } = await env.t.gql(CONFLICTS);
    expect(body.errors).toBeUndefined();
    const conflicts = body.data.anime.dataQuality.conflicts;
    // Type (TV) and status (FINISHED) agree everywhere once each platform's words are mapped.
    expect(conflicts.map((c: any) => c.field)).toEqual(['episodes', 'year']);
    const [episodes, year] = conflicts;
    expect(episodes.catalogValue).toBe('24');
    expect(year.catalogValue).toBe('1997');
    const platforms = episodes.values.map((v: any) => v.platform);
    expect(platforms).toEqual(expect.arrayContaining(['MYANIMELIST', 'ANILIST', 'KITSU']));
    expect(new Set(episodes.values.map((v: any) => v.value))).toEqual(new Set(['26']));
    expect(new Set(year.values.map((v: any) => v.value))).toEqual(new Set(['1998']));
  });

  it('stays empty for an anime whose platforms agree with the catalog', async () => {
    await env.t.gql('{ anime(id: "mal-1575") { platformScores { platform } } }');
    const { body } = await env.t.gql('{ anime(id: "mal-1575") { dataQuality { conflicts { field } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.anime.dataQuality.conflicts).toEqual([]);
  });
});

describe('TieredCache.peek', () => {
  it('answers what is cached and never loads', async () => {
    const cache = new TieredCache({ log: createLogger('silent') });
    let loads = 0;
    expect(await cache.peek('k', 'animeDetails')).toBeUndefined();
    await cache.fetch('k', 'animeDetails', async () => (loads++, { episodes: 26 }));
    expect((await cache.peek('k', 'animeDetails'))?.value).toEqual({ episodes: 26 });
    expect(await cache.peek('other', 'animeDetails')).toBeUndefined();
    expect(loads).toBe(1);
    expect(cache.stats().origin.loads).toBe(1);
  });
});
