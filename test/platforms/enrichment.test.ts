// The platforms subgraph through the real gateway over HTTP, against local fakes of the five platforms.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFixtureCatalog, type FixtureFiles } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { startFakes, type Fakes } from './fakes/start-all.js';

let fakes: Fakes;
let fixture: FixtureFiles;
let t: TestApp;

const calls = () => fakes.all.reduce((n, fake) => n + fake.requests.length, 0);
const env = (extra: Record<string, string> = {}) => ({
  ANIME_DB_PATH: fixture.catalogPath,
  ANIME_SYNOPSES_PATH: fixture.synopsesPath,
  ...fakes.env,
  ...extra,
});

beforeAll(async () => {
  fakes = await startFakes();
  fixture = writeFixtureCatalog();
  t = await startTestApp(env());
});
afterAll(async () => {
  await t?.close();
  await fakes?.close();
});
beforeEach(() => fakes.reset());

describe('enrichment of catalog anime', () => {
  it('answers catalog fields without calling any platform', async () => {
    const { body } = await t.gql(
      '{ anime(id: "mal-1") { title year platformIds { platform id } } search(query: "Bleach", first: 2) { hits { anime { title } } } }',
    );
    expect(body.data.anime.title).toBe('Cowboy Bebop');
    expect(calls()).toBe(0);
  });

  it("gives each platform's score on its own scale and on 0-10, never blended", async () => {
    const { body } = await t.gql('{ anime(id: "mal-1") { title platformScores { platform score scale normalized votes url } } }');
    expect(body.errors).toBeUndefined();
    const scores = Object.fromEntries(body.data.anime.platformScores.map((s: any) => [s.platform, s]));
    expect(Object.keys(scores).sort()).toEqual(['ANIDB', 'ANILIST', 'ANIMESCHEDULE', 'KITSU', 'MYANIMELIST']);
    expect(scores.MYANIMELIST).toMatchObject({ score: 8.75, scale: 10, normalized: 8.75 });
    expect(scores.ANILIST).toMatchObject({ score: 86, scale: 100, normalized: 8.6 });
    for (const s of Object.values<any>(scores)) expect(s.normalized).toBeCloseTo((s.score / s.scale) * 10, 2);
  });

  it('analyses the spread of the scores and names the platform that disagrees', async () => {
    const { body } = await t.gql(
      '{ anime(id: "mal-1575") { ratingAnalysis { mean median standardDeviation consistency outliers { platform normalized } missing { platform } } } }',
    );
    const analysis = body.data.anime.ratingAnalysis;
    expect(analysis.outliers.map((o: any) => o.platform)).toEqual(['KITSU']);
    expect(analysis.median).toBeGreaterThan(analysis.outliers[0].normalized + 1);
    expect(analysis.consistency).toBeLessThan(1);
    expect(analysis.missing).toEqual([]);
  });

  it('brings characters, staff, recommendations linked to the catalog, streaming links merged across platforms, the trailer and external links', async () => {
    const { body } = await t.gql(`{ anime(id: "mal-1") {
      characters(first: 2) { name role voiceActors { name language } source }
      staff(first: 1) { name roles source }
      platformRecommendations { title votes source catalog { id anime { id title } } }
      streamingLinks { site url sources }
      trailer { site id url source }
      externalLinks { site url sources }
    } }`);
    expect(body.errors).toBeUndefined();
    const anime = body.data.anime;
    expect(anime.characters).toHaveLength(2);
    expect(anime.characters[0]).toMatchObject({ source: 'MYANIMELIST', role: 'Main' });
    expect(anime.characters[0].voiceActors.length).toBeGreaterThan(0);
    expect(anime.staff[0].roles).toContain('Director');
    const inCatalog = anime.platformRecommendations.filter((r: any) => r.catalog.anime);
    const elsewhere = anime.platformRecommendations.filter((r: any) => !r.catalog.anime);
    expect(inCatalog.map((r: any) => r.catalog.anime.title)).toContain('Code Geass: Hangyaku no Lelouch');
    expect(elsewhere.length).toBeGreaterThan(0); // anime the catalog does not have: no error, just no entry
    const crunchyroll = anime.streamingLinks.find((l: any) => l.site === 'Crunchyroll');
    expect(crunchyroll.sources.length).toBeGreaterThan(1);
    expect(anime.trailer).toMatchObject({ site: 'youtube', source: 'MYANIMELIST' });
    expect(anime.externalLinks.some((l: any) => l.site === 'Official Site')).toBe(true);
  });

  it('calls only the platforms the fields asked for need', async () => {
    await t.gql('{ anime(id: "mal-52991") { trailer { url } } }');
    expect(fakes.jikan.requests.map((r) => r.path)).toEqual(['/v4/anime/52991/full']);
    expect(calls()).toBe(1);
  });

  it('answers from the cache the second time, and says from which tier', async () => {
    const query = '{ anime(id: "mal-269") { trailer { url } dataSources { platform resource state cacheTier stale fields } } }';
    const first = await t.gql(query);
    const second = await t.gql(query);
    expect(first.body.data.anime.dataSources).toEqual([
      { platform: 'MYANIMELIST', resource: 'anime', state: 'ANSWERED', cacheTier: 'ORIGIN', stale: false, fields: ['trailer'] },
    ]);
    expect(second.body.data.anime.dataSources[0].cacheTier).toBe('L1');
    expect(fakes.jikan.requests).toHaveLength(1);
  });

  it('lists every platform call behind the other fields when dataSources is selected before them, and nothing else', async () => {
    // No platform has Steins;Gate here: the trailer and the characters fall back through every platform of their chains.
    const { body } = await t.gql(
      '{ anime(id: "mal-9253") { dataSources { platform resource state fields } trailer { url } characters(first: 1) { name } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.anime).toMatchObject({ trailer: null, characters: [] });
    expect(body.data.anime.dataSources).toEqual([
      { platform: 'MYANIMELIST', resource: 'anime', state: 'NOT_LISTED', fields: ['trailer'] },
      { platform: 'MYANIMELIST', resource: 'characters', state: 'NOT_LISTED', fields: ['characters'] },
      { platform: 'ANILIST', resource: 'media', state: 'NOT_LISTED', fields: ['characters', 'trailer'] },
      { platform: 'KITSU', resource: 'anime', state: 'NOT_LISTED', fields: ['trailer'] },
      { platform: 'KITSU', resource: 'characters', state: 'NOT_LISTED', fields: ['characters'] },
      { platform: 'ANIDB', resource: 'anime', state: 'NOT_LISTED', fields: ['characters'] },
    ]);
    expect(fakes.jikan.requests.map((r) => r.path).sort()).toEqual(['/v4/anime/9253/characters', '/v4/anime/9253/full']);
    expect(fakes.kitsu.requests.map((r) => r.path).sort()).toEqual(['/api/edge/anime/5646', '/api/edge/anime/5646/characters']);
    expect([fakes.anilist.requests.length, fakes.anidb.requests.length, fakes.animeSchedule.requests.length]).toEqual([1, 1, 0]);
  });

  it("reports each platform's main record when dataSources is asked alone", async () => {
    const { body } = await t.gql('{ anime(id: "mal-1") { dataSources { platform resource state fields } } }');
    expect(body.data.anime.dataSources).toEqual(
      ['MYANIMELIST', 'ANILIST', 'KITSU', 'ANIDB', 'ANIMESCHEDULE'].map((platform) => ({
        platform,
        resource: platform === 'ANILIST' ? 'media' : 'anime',
        state: 'ANSWERED',
        fields: ['dataSources'],
      })),
    );
  });

  it('makes a failing platform an error on its field, with code and source, and returns the rest', async () => {
    fakes.kitsu.fail('server-error', Infinity);
    const { body } = await t.gql('{ anime(id: "mal-2167") { title platformScores { platform normalized } } }');
    expect(body.data.anime.title).toBe('Clannad');
    const scores = body.data.anime.platformScores;
    expect(scores.filter((s: any) => s !== null).map((s: any) => s.platform)).not.toContain('KITSU');
    expect(scores.filter((s: any) => s !== null)).toHaveLength(4);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'KITSU' });
    expect(body.errors[0].path.slice(0, 2)).toEqual(['anime', 'platformScores']);
  });

  it('reports a platform slower than the timeout as UPSTREAM_TIMEOUT, and falls back to the next platform', async () => {
    fakes.jikan.fail('slow', Infinity, { slowMs: 2_000 });
    const { body } = await t.gql('{ anime(id: "mal-5") { trailer { source } synopsis dataSources { platform state error { code } } } }');
    // The movie has no trailer on AniList or Kitsu either, so the field is Jikan's error...
    expect(body.errors[0].extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', source: 'MYANIMELIST' });
    expect(body.errors[0].path).toEqual(['anime', 'trailer']);
    // ...while the dataSources entry says what happened.
    expect(body.data.anime.dataSources.find((d: any) => d.platform === 'MYANIMELIST')).toMatchObject({
      state: 'FAILED',
      error: { code: 'UPSTREAM_TIMEOUT' },
    });
  });

  it('keeps catalog-only queries untouched while every platform is down', async () => {
    for (const fake of fakes.all) fake.fail('unavailable', Infinity);
    const { body } = await t.gql('{ anime(id: "mal-1") { title episodes } animes(first: 3) { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.anime.title).toBe('Cowboy Bebop');
    expect(calls()).toBe(0);
  });
});

describe('stale data', () => {
  let short: TestApp;
  beforeAll(async () => {
    short = await startTestApp(env({ CACHE_TTL_ANIME_DETAILS: '1', JIKAN_BREAKER: '50/1s' }));
  });
  afterAll(() => short?.close());

  it('serves stale data and flags it when the platform fails', async () => {
    const query = '{ anime(id: "mal-21") { trailer { id } dataSources { platform stale staleReason error { code } } } }';
    const fresh = await short.gql(query);
    expect(fresh.body.data.anime.dataSources[0].stale).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    fakes.jikan.fail('server-error', Infinity);
    await short.gql(query); // answered stale at once, while the refresh (which fails) runs
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stale = await short.gql(query);
    expect(stale.body.errors).toBeUndefined();
    expect(stale.body.data.anime.trailer.id).toBe(fresh.body.data.anime.trailer.id);
    expect(stale.body.data.anime.dataSources[0]).toMatchObject({
      platform: 'MYANIMELIST',
      stale: true,
      staleReason: 'upstream-failed',
      error: { code: 'UPSTREAM_UNAVAILABLE' },
    });
  });
});

describe('platform status', () => {
  it("shows each platform's breaker, error rate, latency and quota, and opens the breaker of a failing one", async () => {
    fakes.anilist.fail('server-error', Infinity);
    // AniList's breaker opens after 3 failures in a row; each anime not asked of it before is one more.
    for (const id of ['mal-121', 'mal-1535', 'mal-5114', 'mal-457']) await t.gql(`{ anime(id: "${id}") { platformScores { platform } } }`);
    const { body } = await t.gql(
      '{ platformStatus { platform configured breaker retryAfterSeconds recentRequests recentFailures errorRate latencyMs { p50 p95 samples } quota { limit windowSeconds remaining } sharedQuota lastError { code } } }',
    );
    const status = Object.fromEntries(body.data.platformStatus.map((s: any) => [s.platform, s]));
    expect(status.ANILIST).toMatchObject({ configured: true, breaker: 'OPEN', lastError: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(status.ANILIST.recentFailures).toBeGreaterThanOrEqual(3);
    expect(status.ANILIST.errorRate).toBeCloseTo(status.ANILIST.recentFailures / status.ANILIST.recentRequests, 5);
    expect(status.ANILIST.retryAfterSeconds).toBeGreaterThan(0);
    expect(status.MYANIMELIST.breaker).toBe('CLOSED');
    expect(status.MYANIMELIST.latencyMs.samples).toBeGreaterThan(0);
    expect(status.MYANIMELIST.quota[0]).toMatchObject({ limit: 100, windowSeconds: 1 });
    expect(status.MYANIMELIST.sharedQuota).toBe(false);
    // Open: AniList is not called any more, and says why.
    const before = fakes.anilist.requests.length;
    const { body: next } = await t.gql('{ anime(id: "mal-21") { platformScores { platform } } }');
    expect(fakes.anilist.requests.length).toBe(before);
    expect(next.errors[0].message).toMatch(/circuit open/);
  });

  it('says which platforms are not configured, and never calls them', async () => {
    const bare = await startTestApp({ ...env(), ANIDB_CLIENT: '', ANIDB_CLIENT_VERSION: '', ANIMESCHEDULE_TOKEN: '' });
    try {
      const { body } = await bare.gql(
        '{ platformStatus { platform configured note } anime(id: "mal-1") { platformScores { platform } dataSources { platform state } } }',
      );
      const anidb = body.data.platformStatus.find((s: any) => s.platform === 'ANIDB');
      expect(anidb).toMatchObject({ configured: false, note: expect.stringMatching(/ANIDB_CLIENT/) });
      expect(body.data.anime.dataSources.find((d: any) => d.platform === 'ANIMESCHEDULE').state).toBe('NOT_CONFIGURED');
      expect(body.data.anime.platformScores.map((s: any) => s.platform)).not.toContain('ANIDB');
      expect(fakes.anidb.requests).toHaveLength(0);
      expect(fakes.animeSchedule.requests).toHaveLength(0);
    } finally {
      await bare.close();
    }
  });
});
