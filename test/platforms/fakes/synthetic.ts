// Deterministic synthetic anime for the fakes' `synthesize` option: a FixtureAnime built from its seed (its MAL id),
// so every fake renders it with the same code, in the same shape, as the fixture's own anime.
import { stableHex } from './fixture-anime.js';
import type {
  FixtureAnime,
  FixtureCasting,
  FixtureRecommendation,
  FixtureScores,
  FixtureStaff,
  SeasonName,
  Weekday,
} from './fixture-types.js';
import {
  ARTISTS,
  CLOSERS,
  DEMOGRAPHICS,
  DUB_ACTORS,
  EPISODE_TITLES,
  FAMILIES,
  GENRES,
  GIVEN,
  HOOKS,
  JOBS,
  LICENSORS,
  PRODUCERS,
  REVIEW_LINES,
  ROLES,
  SEIYUU,
  SETTINGS,
  SONGS,
  STREAMERS,
  STUDIOS,
  TAG_OF,
  THEMES,
  TURNS,
  USERS,
} from './synthetic-pools.js';
import { platformIdOf, seedFrom, seedFromMal, seedFromRoute, syntheticRoute, type SyntheticPlatform } from './synthetic-ids.js';

export { seedFrom, seedFromMal, seedFromRoute } from './synthetic-ids.js';

type Random = () => number;

/** mulberry32, seeded from the anime's seed and a salt, so each part of a record draws its own stable sequence. */
function random(seed: number, salt: string): Random {
  let state = parseInt(stableHex(`${salt}:${seed}`, 8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
function pickSome<T>(r: Random, list: readonly T[], count: number): T[] {
  const pool = [...list];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}
const round2 = (value: number) => Math.round(value * 100) / 100;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const syntheticTitle = (seed: number) => `Synthetic Anime ${seed}`;
/** MAL image path of a synthetic anime, also used where another anime recommends it. */
const malImage = (seed: number) => `anime/${seed % 2000}/${100000 + seed}`;

const SEASON_OF_QUARTER: SeasonName[] = ['winter', 'spring', 'summer', 'fall'];
const WEEKDAYS: Weekday[] = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];
const YOUTUBE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function scores(seed: number): FixtureScores {
  const r = random(seed, 'scores');
  const score = round2(5.6 + r() * 3.6);
  const members = Math.round(4000 * 10 ** (r() * 2.7));
  const favorites = Math.round(members * (0.002 + r() * 0.03) * (score / 9));
  const rank = Math.max(1, Math.round((9.3 - score) * 3500) + int(r, 0, 250));
  const popularity = Math.max(1, Math.round(20_000_000 / members) + int(r, 0, 40));
  const anilist = Math.min(100, Math.max(1, Math.round(score * 10) + int(r, -3, 3)));
  const permanent = Math.min(9.99, round2(score - 0.25 + r() * 0.5));
  const hasReview = r() < 0.6;
  return {
    mal: { score, scoredBy: Math.round(members * (0.45 + r() * 0.2)), rank, popularity, members, favorites },
    anilist: {
      averageScore: anilist,
      meanScore: Math.min(100, anilist + int(r, 0, 2)),
      popularity: Math.round(members * 0.21),
      favourites: Math.round(favorites * 0.45),
    },
    kitsu: {
      averageRating: (score * 10 - 3 + r() * 4).toFixed(2),
      userCount: Math.round(members * 0.08) + 1,
      favoritesCount: Math.round(favorites * 0.06),
      popularityRank: Math.round(popularity * 1.1) + 1,
      ratingRank: Math.round(rank * 1.2) + 1,
    },
    anidb: {
      permanent,
      permanentVotes: Math.round(members * 0.01) + 1,
      temporary: Math.min(9.99, round2(permanent + r() * 0.2 - 0.1)),
      temporaryVotes: Math.round(members * 0.011) + 1,
      review: hasReview ? Math.min(9.99, round2(permanent + r() * 0.6 - 0.3)) : null,
      reviews: hasReview ? int(r, 1, 40) : 0,
    },
    animeschedule: {
      averageScore: round2(score * 10 + r() * 2 - 1),
      ratingCount: Math.round(members * 0.0006) + 1,
      trackedCount: Math.round(members * 0.004) + 1,
      trackedRating: int(r, 55, 99),
    },
  };
}

function cast(seed: number): FixtureCasting[] {
  const r = random(seed, 'cast');
  const count = int(r, 3, 6);
  const given = pickSome(r, GIVEN, count);
  const japanese = pickSome(r, SEIYUU, count);
  const mains = int(r, 1, 2);
  return given.map(([first, kana, gender], i) => {
    const [family, kanji] = pick(r, FAMILIES);
    const id = 10_000_000 + seed * 8 + i;
    const role = i < mains ? ('main' as const) : ('supporting' as const);
    const dub = r() < 0.5 ? [{ person: pick(r, DUB_ACTORS), language: 'English' as const }] : [];
    return {
      character: {
        name: { given: first, family, native: `${kanji}${kana}`, japanese: true },
        ids: { mal: id, anilist: id, kitsu: id, anidb: id },
        gender,
        description: `${first} ${family} is ${role === 'main' ? 'one of the leads' : 'a supporting character'} of ${syntheticTitle(seed)}, ${pick(r, ROLES)}.`,
        favourites: role === 'main' ? int(r, 500, 20000) : int(r, 5, 800),
      },
      role,
      voices: [{ person: japanese[i], language: 'Japanese' as const }, ...dub],
    };
  });
}

function staff(seed: number): FixtureStaff[] {
  const r = random(seed, 'staff');
  return JOBS.slice(0, int(r, 2, 4)).map((job) => ({ person: pick(r, job.people), positions: job.positions, anidbType: job.anidbType }));
}

function recommendations(seed: number): FixtureRecommendation[] {
  const r = random(seed, 'recommendations');
  const count = int(r, 2, 5);
  const targets: number[] = [];
  for (let attempt = 0; targets.length < count && attempt < 50; attempt++) {
    const near = seed + int(r, 1, 400) * (r() < 0.5 ? -1 : 1);
    const target = attempt < 40 ? near : seed + 1000 * (attempt - 39);
    if (target !== seed && seedFromMal(target) === target && !targets.includes(target)) targets.push(target);
  }
  return targets
    .map((target) => ({
      mal: target,
      anilist: platformIdOf('anilist', target),
      anidb: platformIdOf('anidb', target),
      title: syntheticTitle(target),
      image: malImage(target),
      votes: int(r, 1, 120),
      content: pick(r, REVIEW_LINES),
      user: pick(r, USERS),
      date: new Date(Date.UTC(2010 + int(r, 0, 13), int(r, 0, 11), int(r, 1, 28), int(r, 0, 23), int(r, 0, 59)))
        .toISOString()
        .replace('.000Z', '+00:00'),
    }))
    .sort((x, y) => y.votes - x.votes);
}

function streaming(seed: number, r: Random): FixtureAnime['streaming'] {
  const slug = syntheticRoute(seed);
  const url: Record<string, string> = {
    Crunchyroll: `https://www.crunchyroll.com/series/G${stableHex(`cr${seed}`, 8).toUpperCase()}/${slug}`,
    Netflix: `https://www.netflix.com/title/${80_000_000 + seed}`,
    HIDIVE: `https://www.hidive.com/tv/${slug}`,
    Hulu: `https://www.hulu.com/series/${slug}-${stableHex(`hulu${seed}`, 8)}`,
    Funimation: `https://www.funimation.com/shows/${slug}/`,
  };
  return pickSome(r, STREAMERS, int(r, 1, 2)).map((name) => ({
    name,
    url: url[name],
    subs: ['en'],
    dubs: r() < 0.4 ? ['ja', 'en'] : ['ja'],
  }));
}

/** The synthetic anime `seed`; the seed must be a positive MAL id no fixture anime has (see seedFromMal). */
export function syntheticAnime(seed: number): FixtureAnime {
  const r = random(seed, 'anime');
  const title = syntheticTitle(seed);
  const route = syntheticRoute(seed);
  const movie = r() < 0.12;
  const episodes = movie ? 1 : pick(r, [12, 12, 13, 24, 25, 26, 50]);
  const durationMin = movie ? int(r, 85, 130) : pick(r, [23, 24, 24, 25]);
  const quarter = int(r, 0, 3);
  const year = 1988 + int(r, 0, 36);
  const start = Date.UTC(year, quarter * 3, int(r, 1, 28));
  const from = iso(start);
  const to = iso(start + (episodes - 1) * 7 * 86_400_000);
  const genres = pickSome(r, GENRES, int(r, 2, 3));
  const themes = pickSome(r, THEMES, int(r, 0, 2));
  const demographics = pick(r, DEMOGRAPHICS);
  const people = cast(seed);
  const [lead, ...others] = people.map((c) => `${c.character.name.given} ${c.character.name.family}`);
  const synopsis =
    `${title} follows ${lead}, ${pick(r, ROLES)} who ${pick(r, HOOKS)}. ${pick(r, SETTINGS)}\n\n` +
    `Alongside ${others.slice(0, 2).join(' and ')}, ${lead.split(' ')[0]} ${pick(r, TURNS)}. ${pick(r, CLOSERS)}`;
  const external = [
    { name: 'Official Site', url: `https://${route}.example.jp/`, language: 'Japanese' },
    { name: 'Wikipedia', url: `https://en.wikipedia.org/wiki/Synthetic_Anime_${seed}` },
    ...(r() < 0.5 ? [{ name: 'Twitter', url: `https://twitter.com/synth_anime_${seed}`, language: 'Japanese' }] : []),
  ];
  const song = () => `"${pick(r, SONGS)}" by ${pick(r, ARTISTS)}`;
  const trailer = Array.from({ length: 11 }, () => YOUTUBE[int(r, 0, YOUTUBE.length - 1)]).join('');
  return {
    ids: { mal: seed, anilist: platformIdOf('anilist', seed), kitsu: platformIdOf('kitsu', seed), anidb: platformIdOf('anidb', seed) },
    kitsuSlug: route,
    route,
    franchise: route,
    titles: { romaji: title, english: title, native: `シンセティックアニメ${seed}`, synonyms: [], short: `SA${seed}` },
    format: movie ? 'Movie' : 'TV',
    episodes,
    durationMin,
    status: 'finished',
    aired: { from, to },
    season: { name: SEASON_OF_QUARTER[quarter], year },
    source: pick(r, ['Original', 'Manga', 'Manga', 'Visual novel'] as const),
    ageRating: r() < 0.3 ? 'R' : 'PG-13',
    synopsis,
    background: r() < 0.5 ? null : `${title} was produced for the AniGraph benchmarks and has no real broadcast history.`,
    genres,
    themes,
    demographics,
    tags: [...genres, ...themes, ...demographics].map((g) => TAG_OF[g]).filter((t): t is string => t !== undefined),
    studios: [pick(r, STUDIOS)],
    producers: pickSome(r, PRODUCERS, int(r, 1, 2)),
    licensors: pickSome(r, LICENSORS, int(r, 0, 1)),
    broadcast: movie ? null : { day: pick(r, WEEKDAYS), time: `${String(int(r, 17, 25) % 24).padStart(2, '0')}:${pick(r, ['00', '30'])}` },
    trailer,
    images: {
      mal: malImage(seed),
      anilist: `bx${platformIdOf('anilist', seed)}-${stableHex(`al${seed}`, 12)}`,
      anidb: `${200000 + seed}.jpg`,
      animeschedule: `${route}-${stableHex(`as${seed}`, 10)}.jpg`,
    },
    scores: scores(seed),
    cast: people,
    staff: staff(seed),
    recommendations: recommendations(seed),
    relations: [],
    streaming: streaming(seed, r),
    external,
    theme: { openings: [`${song()} (eps 1-${episodes})`], endings: [`${song()} (eps 1-${episodes})`] },
    episodeList: EPISODE_TITLES.slice(0, Math.min(episodes, 2)).map((episodeTitle, i) => ({
      number: i + 1,
      title: episodeTitle,
      aired: iso(start + i * 7 * 86_400_000),
      anidbId: 40_000_000 + seed * 4 + i,
    })),
    annId: r() < 0.8 ? 30_000 + (seed % 20_000) : null,
    airing: null,
    premieres: { sub: null, dub: null },
  };
}

/** The synthetic anime a MAL id names, or undefined for a fixture id or a non-id. */
export function syntheticByMal(raw: number | string | null | undefined): FixtureAnime | undefined {
  const seed = seedFromMal(raw);
  return seed === undefined ? undefined : syntheticAnime(seed);
}

/** The synthetic anime with this id on AniList, Kitsu or AniDB, or undefined for a fixture id or a non-id. */
export function syntheticOn(platform: SyntheticPlatform, raw: number | string | null | undefined): FixtureAnime | undefined {
  const seed = seedFrom(platform, raw);
  return seed === undefined ? undefined : syntheticAnime(seed);
}

/** The synthetic anime whose AnimeSchedule route (and Kitsu slug) is `route`. */
export function syntheticByRoute(route: string): FixtureAnime | undefined {
  const seed = seedFromRoute(route);
  return seed === undefined ? undefined : syntheticAnime(seed);
}
