// Merging the sources' broadcasts into one schedule entry per episode.
import { describe, expect, it } from 'vitest';
import type { PlatformRefs, SourceEpisode } from '../../subgraphs/schedules/domain/airing.js';
import { mergeEpisodes } from '../../subgraphs/schedules/domain/merge.js';

const at = (iso: string) => new Date(iso);
// The catalog knows Frieren (MAL 52991, AniList 154587) as mal-52991, and nothing else.
const catalog = (refs: PlatformRefs) => (refs.mal === 52991 || refs.anilist === 154587 ? 'mal-52991' : null);

const anilist: SourceEpisode = {
  source: 'ANILIST',
  refs: { anilist: 154587, mal: 52991 },
  titles: { title: 'Sousou no Frieren' },
  airType: 'RAW',
  episode: 12,
  airingAt: at('2026-12-04T14:00:00Z'),
};
const animeSchedule: SourceEpisode = {
  source: 'ANIMESCHEDULE',
  refs: { animeSchedule: 'sousou-no-frieren', anilist: 154587 },
  titles: { title: 'Sousou no Frieren', english: "Frieren: Beyond Journey's End" },
  airType: 'RAW',
  episode: 12,
  airingAt: at('2026-12-04T14:05:00Z'),
  delayedFrom: at('2026-11-27T14:00:00Z'),
  delayedUntil: at('2026-12-04T14:05:00Z'),
  delayed: true,
  streams: [{ platform: 'crunchyroll', url: 'https://www.crunchyroll.com/series/GG5H5XQX4' }],
};
const jikan: SourceEpisode = {
  source: 'MYANIMELIST',
  refs: { mal: 52991 },
  titles: { title: 'Sousou no Frieren' },
  airType: 'RAW',
  episode: null,
  airingAt: at('2026-12-04T14:00:00Z'),
};

describe('merging the sources', () => {
  it('makes one entry of the same episode from three sources, with the sources named', () => {
    const [entry, ...rest] = mergeEpisodes([jikan, animeSchedule, anilist], catalog);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ animeId: 'mal-52991', airType: 'RAW', episode: 12, id: 'mal-52991:RAW:12' });
    expect(entry.sources).toEqual(['ANILIST', 'ANIMESCHEDULE', 'MYANIMELIST']);
    expect(entry.refs).toEqual({ anilist: 154587, mal: 52991, animeSchedule: 'sousou-no-frieren' });
  });

  it("keeps AniList's exact time when the sources disagree, and AnimeSchedule's delay, streams and English title", () => {
    const [entry] = mergeEpisodes([animeSchedule, anilist], catalog);
    expect(entry.airingAt).toEqual(anilist.airingAt);
    expect(entry).toMatchObject({ delayed: true, delayedFrom: animeSchedule.delayedFrom, delayedUntil: animeSchedule.delayedUntil });
    expect(entry.streams).toEqual(animeSchedule.streams);
    expect(entry.titles.english).toBe("Frieren: Beyond Journey's End");
  });

  it("answers from the sources that answered: AnimeSchedule's time without AniList, Jikan's slot alone", () => {
    const [fromSchedule] = mergeEpisodes([animeSchedule, jikan], catalog);
    expect(fromSchedule.airingAt).toEqual(animeSchedule.airingAt);
    expect(fromSchedule.sources).toEqual(['ANIMESCHEDULE', 'MYANIMELIST']);
    const [fromJikan] = mergeEpisodes([jikan], catalog);
    expect(fromJikan).toMatchObject({ episode: null, sources: ['MYANIMELIST'], id: 'mal-52991:RAW:2026-12-04T14:00:00.000Z' });
  });

  it('keeps episodes, air types and a weekly slot far from any numbered episode apart', () => {
    const next = { ...anilist, episode: 13, airingAt: at('2026-12-11T14:00:00Z') };
    const dub = { ...animeSchedule, airType: 'DUB' as const, episode: 10, airingAt: at('2026-12-05T18:00:00Z') };
    const laterSlot = { ...jikan, airingAt: at('2026-12-18T14:00:00Z') };
    const entries = mergeEpisodes([anilist, next, dub, laterSlot], catalog);
    expect(entries.map((e) => [e.airType, e.episode])).toEqual([
      ['RAW', 12],
      ['DUB', 10],
      ['RAW', 13],
      ['RAW', null],
    ]);
  });

  it('lists an anime the catalog does not have, under its platform id, with its titles', () => {
    const unknown: SourceEpisode = { ...anilist, refs: { anilist: 999 }, titles: { title: 'Unknown Show' }, episode: 3 };
    const [entry] = mergeEpisodes([unknown], catalog);
    expect(entry).toMatchObject({ animeId: null, id: 'anilist-999:RAW:3', titles: { title: 'Unknown Show' } });
  });
});
