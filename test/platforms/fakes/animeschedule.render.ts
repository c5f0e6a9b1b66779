// Fixture → AnimeSchedule v3 anime objects: {name, route} categories, scheme-less URLs, zero dates for "unknown".
import { nextBroadcast } from './fixture-airing.js';
import { paragraphs, slugify, stableHex, type FixtureAnime, type FixtureRelation } from './fixture-anime.js';

export const ZERO_DATE = '0001-01-01T00:00:00Z';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RELATION_KEYS: Partial<Record<FixtureRelation['relation'], string>> = {
  Sequel: 'sequels',
  Prequel: 'prequels',
  'Parent story': 'parents',
  'Side story': 'sideStories',
  'Alternative version': 'alternatives',
  Summary: 'other',
};

export const category = (name: string) => ({ name, route: slugify(name) });
export const schemeless = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
/** Go's RFC 3339 without fractional seconds, as AnimeSchedule writes times. */
export const utc = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

/** A date of the fixture at its Japanese broadcast time, in UTC (JST is UTC+9, no DST). */
function atBroadcast(a: FixtureAnime, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = (a.broadcast?.time ?? '09:00').split(':').map(Number);
  return utc(new Date(Date.UTC(year, month - 1, day, hours - 9, minutes)));
}

export function mediaType(a: FixtureAnime) {
  return category(a.format === 'Movie' ? 'Movie' : 'TV');
}

export const imageRoute = (a: FixtureAnime) => `anime/jpg/default/${a.images.animeschedule}`;

/** `websites.streams` (API 1.1 onwards): platform key, scheme-less URL, display name. */
export const streamList = (a: FixtureAnime) =>
  a.streaming.map((s) => ({ platform: s.name.toLowerCase(), url: schemeless(s.url), name: s.name }));

function relations(a: FixtureAnime): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of a.relations) {
    const key = RELATION_KEYS[r.relation];
    if (r.kind === 'anime' && key) (out[key] ??= []).push(slugify(r.title));
  }
  return out;
}

function websites(a: FixtureAnime) {
  const official = a.external.find((l) => l.name === 'Official Site');
  return {
    ...(official ? { official: schemeless(official.url) } : {}),
    mal: `myanimelist.net/anime/${a.ids.mal}`,
    aniList: `anilist.co/anime/${a.ids.anilist}`,
    kitsu: `kitsu.io/anime/${a.kitsuSlug}`,
    animePlanet: `anime-planet.com/anime/${slugify(a.titles.english ?? a.titles.romaji)}`,
    anidb: `anidb.net/anime/${a.ids.anidb}`,
    streams: streamList(a),
  };
}

/** Latest known air time per kind: the coming episode for a running show, the last one for a finished show. */
function airTimes(a: FixtureAnime, now: Date) {
  if (!a.airing) {
    return {
      jpnTime: atBroadcast(a, a.aired.to ?? a.aired.from),
      subTime: a.premieres.sub ?? ZERO_DATE,
      dubTime: a.premieres.dub ?? ZERO_DATE,
    };
  }
  const raw = nextBroadcast(a.airing, now).at;
  return {
    jpnTime: utc(raw),
    subTime: utc(new Date(raw.getTime() + a.airing.subDelayMinutes * 60_000)),
    dubTime: utc(new Date(raw.getTime() + a.airing.dubOffsetMinutes * 60_000)),
  };
}

export function toAnime(a: FixtureAnime, now: Date) {
  const season = capitalised(a.season.name);
  const s = a.scores.animeschedule;
  return {
    id: stableHex(a.route, 24),
    title: a.titles.romaji,
    route: a.route,
    premier: atBroadcast(a, a.aired.from),
    subPremier: a.premieres.sub ?? ZERO_DATE,
    dubPremier: a.premieres.dub ?? ZERO_DATE,
    month: MONTHS[Number(a.aired.from.slice(5, 7)) - 1],
    year: Number(a.aired.from.slice(0, 4)),
    season: { title: `${season} ${a.season.year}`, year: String(a.season.year), season, route: `${a.season.name}-${a.season.year}` },
    delayedTimetable: '',
    delayedFrom: ZERO_DATE,
    delayedUntil: ZERO_DATE,
    subDelayedFrom: ZERO_DATE,
    subDelayedUntil: ZERO_DATE,
    dubDelayedFrom: ZERO_DATE,
    dubDelayedUntil: ZERO_DATE,
    ...airTimes(a, now),
    description: paragraphs(a.synopsis)
      .map((p) => `<p>${p}</p>`)
      .join(''),
    genres: [...a.genres, ...a.themes, ...a.demographics].map(category),
    studios: a.studios.map((st) => category(st.name)),
    sources: [category(a.source === 'Visual novel' ? 'Visual Novel' : a.source)],
    mediaTypes: [mediaType(a)],
    episodes: a.episodes ?? 0,
    lengthMin: a.durationMin,
    status: a.status === 'airing' ? 'Ongoing' : 'Finished',
    imageVersionRoute: imageRoute(a),
    stats: { averageScore: s.averageScore, ratingCount: s.ratingCount, trackedCount: s.trackedCount, trackedRating: s.trackedRating },
    names: {
      romaji: a.titles.romaji,
      english: a.titles.english ?? '',
      native: a.titles.native,
      abbreviation: a.titles.short ?? '',
      synonyms: a.titles.synonyms,
    },
    relations: relations(a),
    websites: websites(a),
    createdAt: '2021-06-01T00:00:00Z',
    updatedAt: utc(new Date(Date.UTC(2024, 0, 1 + (a.ids.mal % 300)))),
  };
}
