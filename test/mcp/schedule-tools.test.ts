// The MCP tools of seasons, schedules, ratings, platform status and questions in words, through the SDK's
// own client over Streamable HTTP, against the real gateway with the platforms faked locally (One Piece is
// the fakes' running show, airing weekly relative to the real clock).
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../lib/time-zones.js';
import type { FixtureFiles } from '../fixtures/catalog.fixture.js';
import { startTestApp } from '../helpers/app.js';
import { onePiece } from '../platforms/fakes/anime-one-piece.js';
import { broadcastsBetween, nextBroadcast, type AirKind } from '../platforms/fakes/fixture-airing.js';
import type { Fakes } from '../platforms/fakes/start-all.js';
import { connectMcp, startMcpWorld, type McpWorld } from './client.js';

const DAY = 86_400_000;
let fakes: Fakes;
let fixture: FixtureFiles;
let client: Client;

let world: McpWorld;
beforeAll(async () => {
  world = await startMcpWorld();
  ({ fakes, fixture, client } = world);
});
afterAll(() => world?.close());

async function call(name: string, args: Record<string, unknown>, on: Client = client) {
  const result = await on.callTool({ name, arguments: args });
  return { ...result, data: result.structuredContent as any, text: (result.content as { text: string }[])[0].text };
}

/** The text of an invalid call: the SDK's -32602, naming the field. */
async function refusal(name: string, args: Record<string, unknown>) {
  const result = await call(name, args);
  expect(result.isError, JSON.stringify(args)).toBe(true);
  expect(result.text).toContain('-32602');
  return result.text;
}

const entriesOf = (schedule: any): any[] => schedule.days.flatMap((day: any) => day.entries);

describe('seasons and schedules', () => {
  it('marks the tools that ask a platform as open-world, and the catalog-only ones not', async () => {
    const { tools } = await client.listTools();
    const hint = (name: string) => tools.find((tool) => tool.name === name)?.annotations?.openWorldHint;
    for (const name of ['get_schedule', 'get_currently_airing', 'get_next_episode', 'compare_ratings', 'get_platform_status']) {
      expect(hint(name), name).toBe(true);
    }
    expect(hint('get_seasonal_anime')).toBe(false);
    expect(hint('query_anime')).toBe(false);
  });

  it("get_seasonal_anime lists a season's anime best score first, filtered, up to the limit", async () => {
    const spring = await call('get_seasonal_anime', { year: 2011, season: 'SPRING' });
    expect(spring.isError).toBeFalsy();
    expect(spring.data.animes.nodes.map((a: any) => a.id)).toEqual(['mal-9253', 'mal-9989']);
    expect(spring.data.animes.nodes[0]).toMatchObject({ title: 'Steins;Gate', season: 'SPRING', year: 2011 });
    expect(spring.text).toMatch(/2 anime of SPRING 2011, best score first:\n1\. Steins;Gate .*\n2\. Ano Hi Mita Hana/);
    // By title the Cowboy Bebop movie would come first; by score Spirited Away does.
    const movies = await call('get_seasonal_anime', { year: 2001, season: 'SUMMER', filter: { types: ['MOVIE'] } });
    expect(movies.data.animes.nodes.map((a: any) => a.id)).toEqual(['mal-199', 'mal-5']);
    const tv = await call('get_seasonal_anime', { year: 2016, season: 'SUMMER', filter: { types: ['TV'] }, limit: 1 });
    expect(tv.data.animes).toMatchObject({ total_count: 1, nodes: [{ id: 'mal-32182', type: 'TV' }] });
  });

  it('get_seasonal_anime refuses a season or year that does not exist, naming the field', async () => {
    expect(await refusal('get_seasonal_anime', { year: 2011, season: 'AUTUMN' })).toContain('season');
    expect(await refusal('get_seasonal_anime', { year: 1800, season: 'SPRING' })).toContain('year');
  });

  it('get_schedule merges the sources into one entry per broadcast, by local day in the zone asked', async () => {
    const result = await call('get_schedule', { timezone: 'Europe/Berlin' });
    expect(result.isError).toBeFalsy();
    const { schedule } = result.data;
    expect(schedule.timezone).toBe('Europe/Berlin');
    expect(schedule.days).toHaveLength(7);
    expect(schedule.days[0].date).toBe(localDate(new Date(), 'Europe/Berlin'));
    const [raw] = broadcastsBetween(onePiece.airing!, 'raw', new Date(schedule.from), new Date(schedule.to));
    const day = schedule.days.find((d: any) => d.date === localDate(raw.at, 'Europe/Berlin'));
    expect(day.entries.find((e: any) => e.air_type === 'RAW')).toMatchObject({
      id: `mal-21:RAW:${raw.episode}`,
      episode: raw.episode,
      airing_at: raw.at.toISOString(),
      sources: ['ANILIST', 'ANIMESCHEDULE', 'MYANIMELIST'],
      anime: { id: 'mal-21', title: 'One Piece' },
    });
    const times = entriesOf(schedule).map((e: any) => Date.parse(e.airing_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(schedule.data_sources.map((s: any) => s.state)).toEqual(['ANSWERED', 'ANSWERED', 'ANSWERED']);
    expect(result.text).toContain(`${day.date}:\n`);
    expect(result.text).toContain(`One Piece, episode ${raw.episode} (RAW) [mal-21]`);
  });

  it('get_schedule takes a number of days or an explicit span, an air type and a filter', async () => {
    const three = await call('get_schedule', { timezone: 'Asia/Tokyo', days: 3 });
    expect(three.data.schedule.days.map((d: any) => d.date)).toHaveLength(3);
    expect(Date.parse(three.data.schedule.to) - Date.parse(three.data.schedule.from)).toBe(3 * DAY);

    const from = new Date(Date.now() - DAY);
    const to = new Date(Date.now() + 6 * DAY);
    const dubs = await call('get_schedule', { from: from.toISOString(), to: to.toISOString(), air_type: 'DUB' });
    expect(dubs.data.schedule.from).toBe(from.toISOString());
    const expected = broadcastsBetween(onePiece.airing!, 'dub', from, to).map((b) => `mal-21:DUB:${b.episode}`);
    expect(entriesOf(dubs.data.schedule).map((e: any) => e.id)).toEqual(expected);

    const movies = await call('get_schedule', { from: from.toISOString(), to: to.toISOString(), filter: { types: ['MOVIE'] } });
    expect(entriesOf(movies.data.schedule)).toEqual([]);
    expect(movies.text).toMatch(/^0 broadcasts/);
  });

  it('get_schedule refuses an unknown time zone, to with days, and to before from, naming the field', async () => {
    expect(await refusal('get_schedule', { timezone: 'Mars/Olympus' })).toMatch(/IANA time zone.*timezone/);
    const now = new Date().toISOString();
    expect(await refusal('get_schedule', { to: now, days: 2 })).toMatch(/either to or days.*days/);
    expect(await refusal('get_schedule', { from: now, to: new Date(Date.now() - DAY).toISOString() })).toMatch(/to must be after from.*to/);
    expect(await refusal('get_schedule', { days: 32 })).toContain('days');
  });

  it('get_currently_airing lists each airing anime once, with its next broadcast', async () => {
    const now = new Date();
    const raw = await call('get_currently_airing', { timezone: 'America/New_York' });
    expect(raw.isError).toBeFalsy();
    const next = nextBroadcast(onePiece.airing!, now);
    expect(raw.data.airing).toEqual([expect.objectContaining({ id: `mal-21:RAW:${next.episode}`, air_type: 'RAW', status: 'UPCOMING' })]);
    expect(raw.data.timezone).toBe('America/New_York');
    expect(raw.text).toContain(`1. ${localDate(next.at, 'America/New_York')}`);
    expect(raw.text).toContain(`One Piece, episode ${next.episode} (RAW) [mal-21]`);

    // Every air type: One Piece's raw, sub and dub all air this week, and it is listed once, by the soonest.
    const all = await call('get_currently_airing', { air_type: 'ALL' });
    const week = new Date(now.getTime() + 7 * DAY);
    const soonest = (['raw', 'sub', 'dub'] as AirKind[])
      .flatMap((kind) => broadcastsBetween(onePiece.airing!, kind, now, week).map((b) => ({ ...b, kind })))
      .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    expect(all.data.airing.map((e: any) => e.anime.id)).toEqual(['mal-21']);
    expect(all.data.airing[0]).toMatchObject({ air_type: soonest.kind.toUpperCase(), episode: soonest.episode });

    const none = await call('get_currently_airing', { filter: { types: ['MOVIE'] } });
    expect(none.data.airing).toEqual([]);
    expect(await refusal('get_currently_airing', { limit: 0 })).toContain('limit');
  });

  it("get_next_episode answers an anime's next broadcast, and null for one that does not air", async () => {
    const next = nextBroadcast(onePiece.airing!, new Date());
    const result = await call('get_next_episode', { id: 'mal-21' });
    expect(result.data.next_episode).toMatchObject({ episode: next.episode, airing_at: next.at.toISOString(), air_type: 'RAW' });
    expect(result.text).toContain(`Next RAW broadcast of One Piece:`);
    const [dub] = broadcastsBetween(onePiece.airing!, 'dub', new Date(), new Date(Date.now() + 14 * DAY));
    const dubbed = await call('get_next_episode', { id: 'mal-21', air_type: 'DUB' });
    expect(dubbed.data.next_episode).toMatchObject({ episode: dub.episode, air_type: 'DUB' });

    const finished = await call('get_next_episode', { id: 'mal-1' });
    expect(finished.isError).toBeFalsy();
    expect(finished.data).toEqual({ next_episode: null, warnings: [] });
    expect(finished.text).toBe('No RAW broadcast of mal-1 is known in the next 14 days.');
    expect(await refusal('get_next_episode', { id: 'not an id!' })).toContain('id');
  });
});

describe('ratings and platforms', () => {
  it('compare_ratings gives each platform score normalized to 0-10, and how they agree', async () => {
    const result = await call('compare_ratings', { id: 'mal-1' });
    expect(result.isError).toBeFalsy();
    const { anime } = result.data;
    expect(anime).toMatchObject({ id: 'mal-1', title: 'Cowboy Bebop' });
    expect(anime.platform_scores.map((s: any) => s.platform)).toEqual(['MYANIMELIST', 'ANILIST', 'KITSU', 'ANIDB', 'ANIMESCHEDULE']);
    for (const s of anime.platform_scores) expect(s.normalized).toBeCloseTo((s.score / s.scale) * 10, 2);
    const normalized = anime.platform_scores.map((s: any) => s.normalized);
    const mean = normalized.reduce((a: number, b: number) => a + b, 0) / normalized.length;
    expect(anime.rating_analysis.mean).toBeCloseTo(mean, 2);
    expect(anime.rating_analysis).toMatchObject({ outliers: [], missing: [] });
    expect(anime.rating_analysis.consistency).toBeGreaterThan(0);
    expect(result.text).toContain('Cowboy Bebop [mal-1] on 5 platforms:');
    expect(result.text).toContain('ANILIST: 86/100 = 8.6/10');
    expect(result.text).toContain('Missing: none.');
    expect(await refusal('compare_ratings', { id: '' })).toContain('id');
  });

  it('get_platform_status says how each platform is doing and how the cache serves', async () => {
    const result = await call('get_platform_status', {});
    expect(result.isError).toBeFalsy();
    expect(result.data.platform_status.map((p: any) => [p.platform, p.configured, p.breaker])).toEqual([
      ['MYANIMELIST', true, 'CLOSED'],
      ['ANILIST', true, 'CLOSED'],
      ['KITSU', true, 'CLOSED'],
      ['ANIDB', true, 'CLOSED'],
      ['ANIMESCHEDULE', true, 'CLOSED'],
    ]);
    expect(result.data.platform_cache.l1.misses).toBeGreaterThan(0);
    expect(result.text).toMatch(/^MYANIMELIST: breaker CLOSED, 0\/\d+ recent requests failed/);
    expect(result.text).toContain('Cache: L1 ');
  });
});

describe('query_anime', () => {
  it('answers words with the same pipeline as /api/query, and a follow-up in the session narrows it ("only movies")', async () => {
    const progress: { progress: number; total?: number }[] = [];
    const first = await client.callTool(
      { name: 'query_anime', arguments: { query: 'dramas from the 2000s', session_id: 'mcp-1' } },
      undefined,
      {
        onprogress: (p) => void progress.push({ progress: p.progress, total: p.total }),
      },
    );
    const answer = first.structuredContent as any;
    expect(answer.metadata.parameters).toMatchObject({ years: { from: 2000, to: 2009 }, tagsInclude: ['drama'] });
    expect(answer.results.some((r: any) => r.type !== 'MOVIE')).toBe(true);
    expect(answer.conversation_id).toBe('mcp-1');
    expect(progress).toEqual([
      { progress: 1, total: 2 },
      { progress: 2, total: 2 },
    ]);

    const movies = await call('query_anime', { query: 'only movies', session_id: 'mcp-1' });
    expect(movies.isError).toBeFalsy();
    expect(movies.data.metadata.parameters).toEqual({
      intent: 'search',
      years: { from: 2000, to: 2009 },
      tagsInclude: ['drama'],
      types: ['MOVIE'],
    });
    expect(movies.data.metadata.carried_over).toEqual(['years', 'tagsInclude']);
    expect(movies.data.results.map((r: any) => r.id).sort()).toEqual(['mal-199', 'mal-5']);
    expect(movies.text).toContain('(kept from the last answer: years, tagsInclude)');
    expect(movies.text).toContain('Sen to Chihiro no Kamikakushi (MOVIE, 2001');

    const elsewhere = await call('query_anime', { query: 'only movies', session_id: 'mcp-2' });
    expect(elsewhere.data.metadata.carried_over).toEqual([]);
    expect(elsewhere.data.metadata.parameters.years).toBeUndefined();
    const three = await call('query_anime', { query: 'dramas from the 2000s', limit: 3 });
    expect(three.data.results).toHaveLength(3);
    expect(three.data.conversation_id).toBeNull();
  });

  it('answers a question it cannot answer with isError and a code, and refuses invalid input naming the field', async () => {
    const unnamed = await call('query_anime', { query: 'how is it rated on myanimelist' });
    expect(unnamed.isError).toBe(true);
    expect(JSON.parse(unnamed.text)).toMatchObject({
      error: expect.stringContaining('needs an anime'),
      failures: [{ code: 'BAD_USER_INPUT' }],
    });
    expect(await refusal('query_anime', { query: '' })).toContain('query');
    expect(await refusal('query_anime', { query: 'mecha', session_id: 'not a session!' })).toContain('session_id');
    expect(await refusal('query_anime', { query: 'a'.repeat(501) })).toContain('query');
  });
});

describe('when platforms fail', () => {
  afterEach(() => fakes.reset());

  it('compare_ratings says which platform failed and why, and answers from the others', async () => {
    fakes.kitsu.fail('server-error', Infinity);
    const result = await call('compare_ratings', { id: 'mal-5' });
    expect(result.isError).toBeFalsy();
    const { anime } = result.data;
    expect(anime.platform_scores.map((s: any) => s.platform)).not.toContain('KITSU');
    expect(anime.platform_scores).not.toContain(null);
    expect(anime.rating_analysis.missing).toEqual([{ platform: 'KITSU', state: 'FAILED', code: 'UPSTREAM_UNAVAILABLE' }]);
    expect(result.text).toContain('Missing: KITSU (failed: UPSTREAM_UNAVAILABLE).');
    const status = await call('get_platform_status', {});
    expect(status.data.platform_status.find((p: any) => p.platform === 'KITSU').recent_failures).toBeGreaterThan(0);
  });

  it('compare_ratings answers isError with each code and source when no platform answers', async () => {
    for (const fake of fakes.all) fake.fail('server-error', Infinity);
    const result = await call('compare_ratings', { id: 'mal-269' });
    expect(result.isError).toBe(true);
    const body = JSON.parse(result.text);
    expect(body.error).toContain('No platform answered for mal-269');
    expect(body.failures.map((f: any) => [f.source, f.code])).toEqual([
      ['MYANIMELIST', 'UPSTREAM_UNAVAILABLE'],
      ['ANILIST', 'UPSTREAM_UNAVAILABLE'],
      ['KITSU', 'UPSTREAM_UNAVAILABLE'],
      ['ANIDB', 'UPSTREAM_UNAVAILABLE'],
      ['ANIMESCHEDULE', 'UPSTREAM_UNAVAILABLE'],
    ]);
    expect(body.answered.anime).toMatchObject({ id: 'mal-269', title: 'Bleach', rating_analysis: null });
  });

  it('get_schedule answers from the sources that answer, and says which failed', async () => {
    fakes.anilist.fail('server-error', Infinity);
    const from = new Date(Date.now() + 21 * DAY);
    const result = await call('get_schedule', { from: from.toISOString(), days: 7, air_type: 'RAW' });
    expect(result.isError).toBeFalsy();
    const { schedule } = result.data;
    expect(schedule.data_sources.find((s: any) => s.platform === 'ANILIST')).toMatchObject({
      state: 'FAILED',
      error_code: 'UPSTREAM_UNAVAILABLE',
    });
    const [raw] = broadcastsBetween(onePiece.airing!, 'raw', from, new Date(schedule.to));
    expect(entriesOf(schedule)).toEqual([expect.objectContaining({ episode: raw.episode, sources: ['ANIMESCHEDULE'] })]);
    expect(schedule.warnings[0]).toContain('ANILIST failed');
    expect(result.text).toContain('ANILIST failed (UPSTREAM_UNAVAILABLE)');
  });

  it('get_schedule and get_currently_airing answer isError with each source and code when no source answers', async () => {
    // A fresh instance: nothing of the schedule is cached yet.
    const fresh = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, ...fakes.env });
    const other = await connectMcp(fresh);
    try {
      for (const fake of fakes.all) fake.fail('server-error', Infinity);
      for (const name of ['get_schedule', 'get_currently_airing']) {
        const result = await call(name, {}, other);
        expect(result.isError, name).toBe(true);
        const body = JSON.parse(result.text);
        expect(body.error).toBe('No schedule source answered.');
        expect(body.failures.map((f: any) => [f.source, f.code])).toEqual([
          ['ANILIST', 'UPSTREAM_UNAVAILABLE'],
          ['ANIMESCHEDULE', 'UPSTREAM_UNAVAILABLE'],
          ['MYANIMELIST', 'UPSTREAM_UNAVAILABLE'],
        ]);
      }
    } finally {
      await other.close();
      await fresh.close();
    }
  });
});
