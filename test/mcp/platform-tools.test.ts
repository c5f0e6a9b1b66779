// The MyAnimeList (Jikan) and AnimeSchedule tools through the SDK's client over Streamable HTTP, against
// the real gateway with the platforms faked locally. The client has listed the tools first, so it checks
// every structuredContent against the tool's output schema (and throws when it does not match).
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp } from '../helpers/app.js';
import type { FakePlatform } from '../platforms/fakes/index.js';
import type { Fakes } from '../platforms/fakes/start-all.js';
import { connectMcp, startMcpWorld, type McpWorld } from './client.js';

const JIKAN_TOOLS = [
  'jikan_top_anime',
  'jikan_season',
  'jikan_schedules',
  'jikan_recent_recommendations',
  'jikan_recommendations',
  'jikan_random_anime',
  'jikan_genres',
  'jikan_characters',
  'jikan_staff',
];
const ANIMESCHEDULE_TOOLS = ['animeschedule_search', 'animeschedule_anime', 'animeschedule_timetables'];

let fakes: Fakes;
let fixture: ReturnType<typeof writeFixtureCatalog>;
let client: Client;

let world: McpWorld;
beforeAll(async () => {
  world = await startMcpWorld();
  ({ fakes, fixture, client } = world);
});
afterAll(() => world?.close());
beforeEach(() => fakes.reset());

async function call(name: string, args: Record<string, unknown> = {}) {
  const result = await client.callTool({ name, arguments: args });
  return { ...result, structured: result.structuredContent as any, text: (result.content as any)[0].text as string };
}

/** The failures of an error result, as the tool's JSON text gives them. */
const failures = (result: { isError?: unknown; text: string }) => {
  expect(result.isError).toBe(true);
  return JSON.parse(result.text).failures as { code: string; source?: string; message: string }[];
};

/** Each call refused as invalid params (-32602) naming its field, and the platform never asked. */
async function expectRefused(platform: FakePlatform, cases: [name: string, args: Record<string, unknown>, field: string][]) {
  for (const [name, args, field] of cases) {
    const result = await call(name, args);
    expect(result.isError, name).toBe(true);
    expect(result.text, name).toMatch(new RegExp(`-32602.*${field}`, 's'));
  }
  expect(platform.requests).toEqual([]);
}

const jikanRequest = (path: string) => fakes.jikan.requests.find((r) => r.path === path)!;
const titles = (nodes: { title: string }[]) => nodes.map((n) => n.title);

describe('MyAnimeList and AnimeSchedule tools', () => {
  it('lists one tool per Jikan and AnimeSchedule field, each titled, described, read-only and open-world', async () => {
    const { tools } = await client.listTools();
    const ours = tools.filter((tool) => [...JIKAN_TOOLS, ...ANIMESCHEDULE_TOOLS].includes(tool.name));
    expect(ours.map((tool) => tool.name).sort()).toEqual([...JIKAN_TOOLS, ...ANIMESCHEDULE_TOOLS].sort());
    for (const tool of ours) {
      expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: true, openWorldHint: true, title: tool.title });
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.outputSchema?.type, tool.name).toBe('object');
    }
    expect(ours.find((tool) => tool.name === 'jikan_top_anime')!.inputSchema.properties).toMatchObject({
      limit: { type: 'integer', maximum: 25 },
      cursor: { type: 'string' },
      sfw: { type: 'boolean' },
    });
  });
});

describe('MyAnimeList (Jikan) tools', () => {
  it("jikan_top_anime pages MyAnimeList's top list by cursor, passing type and sfw to Jikan", async () => {
    const first = await call('jikan_top_anime', { type: 'TV', sfw: true, limit: 2 });
    expect(first.isError).toBeFalsy();
    const top = first.structured.top_anime;
    expect(top.nodes).toHaveLength(2);
    expect(top.nodes[0]).toMatchObject({ mal_id: expect.any(Number), title: expect.any(String) });
    expect(top.page_info).toEqual({ has_next_page: true, end_cursor: expect.any(String) });
    expect(first.text).toContain(top.nodes[0].title);
    expect(first.text).toContain(`cursor "${top.page_info.end_cursor}"`);
    expect(Object.fromEntries(jikanRequest('/v4/top/anime').query)).toMatchObject({ type: 'tv', sfw: 'true' });

    const next = await call('jikan_top_anime', { type: 'TV', sfw: true, limit: 2, cursor: top.page_info.end_cursor });
    const both = await call('jikan_top_anime', { type: 'TV', sfw: true, limit: 4 });
    expect([...top.nodes, ...next.structured.top_anime.nodes].map((n: any) => n.mal_id)).toEqual(
      both.structured.top_anime.nodes.map((n: any) => n.mal_id),
    );
  });

  it("jikan_season lists a season's anime, with unapproved, sfw and continuing reaching Jikan", async () => {
    const spring = await call('jikan_season', { year: 1998, season: 'SPRING', filter: 'TV' });
    expect(titles(spring.structured.season.nodes)).toContain('Cowboy Bebop');
    expect(spring.text).toMatch(/^SPRING 1998 on MyAnimeList.*\n1\. /);
    expect(spring.text).toContain('Cowboy Bebop (TV, 1998, score');
    expect(spring.text).toContain('[mal-1]');

    const fall = await call('jikan_season', { year: 2023, season: 'FALL', unapproved: true, sfw: true });
    expect(titles(fall.structured.season.nodes)).toEqual(['Sousou no Frieren', 'Hoshifuru Kissaten']);
    const plain = await call('jikan_season', { year: 2023, season: 'FALL' });
    expect(titles(plain.structured.season.nodes)).toEqual(['Sousou no Frieren']);
    const continuing = await call('jikan_season', { year: 2023, season: 'FALL', continuing: true });
    expect(titles(continuing.structured.season.nodes)).toContain('One Piece');
    const sent = fakes.jikan.requests.find((r) => r.path === '/v4/seasons/2023/fall' && r.query.has('unapproved'))!;
    expect({ unapproved: sent.query.get('unapproved'), sfw: sent.query.get('sfw') }).toEqual({ unapproved: 'true', sfw: 'true' });
  });

  it("jikan_schedules gives a day's broadcasts, with day, kids and unapproved reaching Jikan", async () => {
    const sunday = await call('jikan_schedules', { day: 'SUNDAY', unapproved: true, kids: false });
    expect(titles(sunday.structured.schedules.nodes)).toEqual(['One Piece', 'Hoshifuru Kissaten']);
    expect(sunday.text).toContain('Airing SUNDAY (JST)');
    const sent = jikanRequest('/v4/schedules');
    expect({ filter: sent.query.get('filter'), kids: sent.query.get('kids'), unapproved: sent.query.get('unapproved') }).toEqual({
      filter: 'sunday',
      kids: 'false',
      unapproved: 'true',
    });
  });

  it("jikan_recent_recommendations pages users' recommendations by cursor, newest first", async () => {
    const first = await call('jikan_recent_recommendations', { limit: 1 });
    const page = first.structured.recent_recommendations;
    expect(page.nodes).toHaveLength(1);
    expect(page.nodes[0].entries).toHaveLength(2);
    expect(first.text).toContain(`${page.nodes[0].entries[0].title} [`);
    const next = await call('jikan_recent_recommendations', { limit: 1, cursor: page.page_info.end_cursor });
    const both = await call('jikan_recent_recommendations', { limit: 2 });
    expect([...page.nodes, ...next.structured.recent_recommendations.nodes].map((n: any) => n.id)).toEqual(
      both.structured.recent_recommendations.nodes.map((n: any) => n.id),
    );
  });

  it('jikan_characters, jikan_staff and jikan_recommendations answer about one anime by mal_id', async () => {
    const characters = await call('jikan_characters', { mal_id: 1 });
    const character = characters.structured.characters[0];
    expect(character.voice_actors.length).toBeGreaterThan(0);
    expect(characters.text).toContain('Characters of MyAnimeList anime 1:');
    expect(characters.text).toContain(`${character.name}`);
    expect(characters.text).toContain(character.voice_actors[0].name);
    expect(jikanRequest('/v4/anime/1/characters')).toBeDefined();

    const staff = await call('jikan_staff', { mal_id: 1 });
    const person = staff.structured.staff[0];
    expect(staff.text).toContain(`${person.name}: ${person.roles.join(', ')}`);

    const recommendations = await call('jikan_recommendations', { mal_id: 1 });
    expect(recommendations.structured.recommendations[0]).toMatchObject({ title: expect.any(String) });
    expect(recommendations.text).toContain(`1. ${recommendations.structured.recommendations[0].title}`);
  });

  it('jikan_random_anime gives an anime, jikan_genres the genres of a kind with their counts', async () => {
    const random = await call('jikan_random_anime');
    expect(random.structured.random_anime).toMatchObject({ mal_id: expect.any(Number), title: expect.any(String) });
    expect(random.text).toContain(random.structured.random_anime.title);

    const themes = await call('jikan_genres', { filter: 'THEMES' });
    const genre = themes.structured.genres[0];
    expect(genre).toMatchObject({ mal_id: expect.any(Number), name: expect.any(String), count: expect.any(Number) });
    expect(themes.text).toContain(`MyAnimeList themes: ${genre.name} (${genre.count})`);
    expect(jikanRequest('/v4/genres/anime').query.get('filter')).toBe('themes');
  });

  it('refuses invalid input naming the field, without asking Jikan', async () => {
    await expectRefused(fakes.jikan, [
      ['jikan_top_anime', { limit: 26 }, 'limit'],
      ['jikan_top_anime', { type: 'CARTOON' }, 'type'],
      ['jikan_season', { year: 1998, season: 'AUTUMN' }, 'season'],
      ['jikan_schedules', { kids: 'maybe' }, 'kids'],
      ['jikan_characters', { mal_id: '1' }, 'mal_id'],
      ['jikan_staff', { mal_id: 0 }, 'mal_id'],
      ['jikan_recent_recommendations', { limit: 101 }, 'limit'],
      ['jikan_random_anime', { x: 1 }, 'x'],
    ]);
  });

  it('answers an anime MyAnimeList does not have with isError, NOT_FOUND and its source', async () => {
    for (const name of ['jikan_characters', 'jikan_staff', 'jikan_recommendations']) {
      const [failure] = failures(await call(name, { mal_id: 999999999 }));
      expect(failure, name).toMatchObject({ code: 'NOT_FOUND', source: 'MYANIMELIST' });
    }
  });
});

describe('AnimeSchedule tools', () => {
  it('animeschedule_search sends every filter under AnimeSchedule names, and pages by cursor', async () => {
    const found = await call('animeschedule_search', {
      title: 'bebop',
      genres: ['action', 'drama'],
      genre_match: 'ANY',
      sort: 'SCORE',
      airing_status: ['FINISHED'],
      season: 'SPRING',
      year: 1998,
      studios: ['sunrise'],
      sources: ['original'],
      media_types: ['tv'],
      limit: 5,
    });
    expect(found.isError).toBeFalsy();
    const bebop = found.structured.search.nodes.find((n: any) => n.slug === 'cowboy-bebop');
    expect(bebop).toMatchObject({ title: expect.any(String), catalog: { anime: { id: 'mal-1' } } });
    expect(found.text).toContain('slug cowboy-bebop [mal-1]');
    const sent = fakes.animeSchedule.requests[0];
    expect(Object.fromEntries(sent.query)).toMatchObject({ q: 'bebop', mt: 'any', st: 'score', 'airing-statuses': 'finished' });
    expect(sent.query.getAll('genres').join(',')).toBe('action,drama');

    const first = await call('animeschedule_search', { limit: 2 });
    const page = first.structured.search;
    expect(page.page_info.has_next_page).toBe(true);
    const next = await call('animeschedule_search', { limit: 2, cursor: page.page_info.end_cursor });
    const both = await call('animeschedule_search', { limit: 4 });
    expect([...page.nodes, ...next.structured.search.nodes].map((n: any) => n.slug)).toEqual(
      both.structured.search.nodes.map((n: any) => n.slug),
    );
  });

  it('animeschedule_anime gives one anime by slug, and NOT_FOUND for a slug AnimeSchedule does not know', async () => {
    const onePiece = await call('animeschedule_anime', { slug: 'one-piece' });
    expect(onePiece.structured.anime).toMatchObject({ slug: 'one-piece', title: 'One Piece', streams: expect.any(Array) });
    expect(onePiece.text).toMatch(/^One Piece .*slug one-piece/);
    const [failure] = failures(await call('animeschedule_anime', { slug: 'no-such-anime' }));
    expect(failure).toMatchObject({ code: 'NOT_FOUND', source: 'ANIMESCHEDULE' });
  });

  it("animeschedule_timetables gives a week's episodes for an air type in a time zone; the week of a date", async () => {
    const sub = await call('animeschedule_timetables', { air_type: 'SUB', timezone: 'America/New_York' });
    const episodes = sub.structured.timetables;
    expect(episodes.length).toBeGreaterThan(0);
    expect(episodes.every((e: any) => e.air_type === 'SUB')).toBe(true);
    expect(episodes[0].airs_at).toMatch(/-0[45]:00$/);
    expect(sub.text).toContain(`1. ${episodes[0].airs_at} ${episodes[0].title}`);
    expect(fakes.animeSchedule.requests[0].path).toBe('/api/v3/timetables/sub');
    await call('animeschedule_timetables', { week: '2026-12-24' });
    expect(Object.fromEntries(fakes.animeSchedule.requests[1].query)).toMatchObject({ week: '52', year: '2026' });
  });

  it('refuses invalid input naming the field, without asking AnimeSchedule', async () => {
    await expectRefused(fakes.animeSchedule, [
      ['animeschedule_search', { limit: 101 }, 'limit'],
      ['animeschedule_search', { sort: 'NEWEST' }, 'sort'],
      ['animeschedule_search', { airing_status: 'FINISHED' }, 'airing_status'],
      ['animeschedule_anime', { slug: 'not a slug' }, 'slug'],
      ['animeschedule_timetables', { week: 'someday' }, 'week'],
    ]);
  });

  it('answers UPSTREAM_UNAVAILABLE when the server has no ANIMESCHEDULE_TOKEN, and never calls AnimeSchedule', async () => {
    const bare = await startTestApp({
      ANIME_DB_PATH: fixture.catalogPath,
      ANIME_SYNOPSES_PATH: fixture.synopsesPath,
      ...fakes.env,
      ANIMESCHEDULE_TOKEN: '',
    });
    const bareClient = await connectMcp(bare);
    try {
      for (const [name, args] of [
        ['animeschedule_search', { title: 'bebop' }],
        ['animeschedule_anime', { slug: 'one-piece' }],
        ['animeschedule_timetables', {}],
      ] as const) {
        const result = await bareClient.callTool({ name, arguments: args });
        const [failure] = failures({ isError: result.isError, text: (result.content as any)[0].text });
        expect(failure, name).toMatchObject({
          code: 'UPSTREAM_UNAVAILABLE',
          source: 'ANIMESCHEDULE',
          message: expect.stringContaining('ANIMESCHEDULE_TOKEN'),
        });
      }
      expect(fakes.animeSchedule.requests).toEqual([]);
    } finally {
      await bareClient.close();
      await bare.close();
    }
  });
});
