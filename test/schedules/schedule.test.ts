// The schedules subgraph through the gateway: AniList, AnimeSchedule and MyAnimeList (local fakes)
// merged into one schedule, matched to the catalog, by local day.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../lib/time-zones.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { onePiece } from '../platforms/fakes/anime-one-piece.js';
import { broadcastsBetween, nextBroadcast } from '../platforms/fakes/fixture-airing.js';
import { startFakes, type Fakes } from '../platforms/fakes/start-all.js';

const DAY = 86_400_000;
let fakes: Fakes;
let t: TestApp;

beforeAll(async () => {
  fakes = await startFakes();
  t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath, ...fakes.env });
});
afterAll(async () => {
  await t?.close();
  await fakes?.close();
});
beforeEach(() => fakes.reset());

const ENTRY = 'id title episode airingAt airType status sources delayedUntil streams { platform url } anime { id title }';

describe('schedule', () => {
  it("merges the three sources' broadcasts of an episode into one entry, linked to the catalog, by day in the zone asked", async () => {
    const from = new Date(Date.now() - 3 * DAY);
    const to = new Date(Date.now() + 4 * DAY);
    const { body } = await t.gql(
      `query($from: DateTimeISO, $to: DateTimeISO) { schedule(from: $from, to: $to, timezone: "Europe/Berlin") {
        timezone entries { ${ENTRY} localTime } days { date entries { id } } dataSources { platform state broadcasts } } }`,
      { from: from.toISOString(), to: to.toISOString() },
    );
    expect(body.errors).toBeUndefined();
    const schedule = body.data.schedule;
    const [raw] = broadcastsBetween(onePiece.airing!, 'raw', from, to);
    const entry = schedule.entries.find((e: any) => e.airType === 'RAW' && e.episode === raw.episode);
    expect(entry).toMatchObject({
      id: `mal-21:RAW:${raw.episode}`,
      airingAt: raw.at.toISOString(),
      sources: ['ANILIST', 'ANIMESCHEDULE', 'MYANIMELIST'],
      anime: { id: 'mal-21', title: 'One Piece' },
    });
    expect(entry.localTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+01:00$/);
    expect(new Date(entry.localTime).toISOString()).toBe(raw.at.toISOString());
    const [dub] = broadcastsBetween(onePiece.airing!, 'dub', from, to);
    expect(schedule.entries.find((e: any) => e.airType === 'DUB')).toMatchObject({ episode: dub.episode, sources: ['ANIMESCHEDULE'] });
    expect(schedule.entries.find((e: any) => e.airType === 'DUB').streams.length).toBeGreaterThan(0);
    expect(schedule.dataSources.map((s: any) => [s.platform, s.state])).toEqual([
      ['ANILIST', 'ANSWERED'],
      ['ANIMESCHEDULE', 'ANSWERED'],
      ['MYANIMELIST', 'ANSWERED'],
    ]);
    // Every local day of the span once, each entry under its Berlin date.
    const dates = schedule.days.map((d: any) => d.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates[0]).toBe(localDate(from, 'Europe/Berlin'));
    expect(dates.at(-1)).toBe(localDate(new Date(to.getTime() - 1), 'Europe/Berlin'));
    const day = schedule.days.find((d: any) => d.entries.some((e: any) => e.id === entry.id));
    expect(day.date).toBe(localDate(raw.at, 'Europe/Berlin'));
  });

  it('answers from the sources that answer when one is down, and says which failed', async () => {
    fakes.anilist.fail('server-error', Infinity);
    const from = new Date(Date.now() + 8 * DAY);
    const { body } = await t.gql(
      `query($from: DateTimeISO) { schedule(from: $from, airType: RAW) { entries { episode sources } dataSources { platform state errorCode } warnings } }`,
      { from: from.toISOString() },
    );
    expect(body.errors).toBeUndefined();
    const { entries, dataSources, warnings } = body.data.schedule;
    expect(dataSources.find((s: any) => s.platform === 'ANILIST')).toEqual({
      platform: 'ANILIST',
      state: 'FAILED',
      errorCode: 'UPSTREAM_UNAVAILABLE',
    });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: any) => !e.sources.includes('ANILIST'))).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/ANILIST failed/)]);
    expect(body.extensions.warnings).toEqual(warnings);
  });

  it("keeps only the anime the catalog's filter keeps", async () => {
    const tv = await t.gql('{ schedule(filter: { type: [TV] }) { entries { anime { id } } } }');
    expect(tv.body.data.schedule.entries.length).toBeGreaterThan(0);
    const movies = await t.gql('{ schedule(filter: { type: [MOVIE] }) { entries { anime { id } } } }');
    expect(movies.body.data.schedule.entries).toEqual([]);
  });

  it('spans seven local days by default, also in the week the zone changes its clocks, and accepts any spelling of a zone', async () => {
    // Berlin leaves summer time on 25 October 2026: that week is 169 hours long.
    const { body } = await t.gql('{ schedule(timezone: "europe/berlin", from: "2026-10-24T22:00:00Z") { timezone to days { date } } }');
    expect(body.data.schedule).toEqual({
      timezone: 'Europe/Berlin',
      to: '2026-10-31T23:00:00.000Z',
      days: ['2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31'].map((date) => ({ date })),
    });
  });

  it.each([
    ['an unknown time zone', '{ schedule(timezone: "Mars/Olympus_Mons") { timezone } }', 'timezone'],
    ['to before from', '{ schedule(from: "2026-12-10T00:00:00Z", to: "2026-12-01T00:00:00Z") { timezone } }', 'to'],
    ['a span over 31 days', '{ schedule(from: "2026-12-01T00:00:00Z", to: "2027-01-15T00:00:00Z") { timezone } }', 'to'],
    ['an unknown zone for a local time', '{ nextEpisode(animeId: "mal-21") { localTime(timezone: "Nowhere/Else") } }', 'timezone'],
    ['a filter the catalog refuses', '{ schedule(filter: { year: { min: 2020, max: 2010 } }) { timezone } }', 'filter.year'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, query, argument) => {
    const { body } = await t.gql(query);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('next episode', () => {
  it("gives an anime's next Japanese broadcast, as a query and as a field of the catalog's Anime", async () => {
    const next = nextBroadcast(onePiece.airing!, new Date());
    const { body } = await t.gql(
      `{ nextEpisode(animeId: "mal-21") { episode airingAt status } anime(id: "mal-21") { title nextEpisode { episode } airing { airType episode } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.nextEpisode).toEqual({ episode: next.episode, airingAt: next.at.toISOString(), status: 'UPCOMING' });
    expect(body.data.anime.nextEpisode).toEqual({ episode: next.episode });
    expect(body.data.anime.airing.map((e: any) => e.airType)).toEqual(expect.arrayContaining(['RAW', 'SUB', 'DUB']));
  });

  it('answers null for an anime with nothing airing', async () => {
    const { body } = await t.gql('{ nextEpisode(animeId: "mal-1") { episode } }');
    expect(body.data.nextEpisode).toBeNull();
  });
});
