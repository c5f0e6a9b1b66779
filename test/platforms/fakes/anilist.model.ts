// Fixture → objects graphql-js resolves directly: plain fields, and methods for fields that take arguments.
import { nextBroadcast } from './fixture-airing.js';
import {
  findByAniList,
  fullName,
  paragraphs,
  slugify,
  stableHex,
  type FixtureAnime,
  type FixtureCasting,
  type FixtureCharacter,
  type FixtureName,
  type FixturePerson,
  type FixtureRecommendation,
} from './fixture-anime.js';

const CDN = 'https://s4.anilist.co/file/anilistcdn';
const GENRES = new Set([
  'Action',
  'Adventure',
  'Comedy',
  'Drama',
  'Ecchi',
  'Fantasy',
  'Horror',
  'Mahou Shoujo',
  'Mecha',
  'Music',
  'Mystery',
  'Psychological',
  'Romance',
  'Sci-Fi',
  'Slice of Life',
  'Sports',
  'Supernatural',
  'Thriller',
]);
const SITE_IDS: Record<string, number> = { Crunchyroll: 5, Funimation: 6, Hulu: 7, Netflix: 10, Twitter: 17, HIDIVE: 20 };
const LANGUAGE_ENUM: Record<string, string> = { JAPANESE: 'Japanese', ENGLISH: 'English' };

export interface ConnectionArgs {
  page?: number | null;
  perPage?: number | null;
  sort?: string[] | null;
}

export interface PageInfo {
  total: number;
  perPage: number;
  currentPage: number;
  lastPage: number;
  hasNextPage: boolean;
}

/** AniList pages silently cap perPage at 50 (`cap`: a smaller page, for tests that page through few items). */
export function pageOf<T>(items: T[], page: number | null | undefined, perPage: number | null | undefined, fallback = 25, cap = 50) {
  const size = Math.min(Math.max(perPage ?? fallback, 1), cap);
  const current = Math.max(page ?? 1, 1);
  const pageInfo: PageInfo = {
    total: items.length,
    perPage: size,
    currentPage: current,
    lastPage: Math.max(1, Math.ceil(items.length / size)),
    hasNextPage: current * size < items.length,
  };
  return { items: items.slice((current - 1) * size, current * size), pageInfo };
}

type Comparator<T> = (a: T, b: T) => number;

/** Applies AniList sort keys in order; unknown or absent keys keep the fixture's order. */
export function sortBy<T>(items: readonly T[], keys: string[] | null | undefined, comparators: Record<string, Comparator<T>>): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys ?? []) {
      const result = comparators[key]?.(a, b) ?? 0;
      if (result !== 0) return result;
    }
    return 0;
  });
}

const both = <T>(name: string, pick: (item: T) => number | string): Record<string, Comparator<T>> => {
  const asc: Comparator<T> = (a, b) => {
    const x = pick(a);
    const y = pick(b);
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
  };
  return { [name]: asc, [`${name}_DESC`]: (a, b) => asc(b, a) };
};

const nameModel = (n: FixtureName) => ({
  first: n.given,
  middle: null,
  last: n.family ?? null,
  full: fullName(n),
  native: n.native ?? null,
  alternative: [],
  userPreferred: fullName(n),
});

function staffModel(p: FixturePerson, occupations: string[]) {
  const file = `n${p.ids.anilist}-${stableHex(`staff${p.ids.anilist}`, 12)}.png`;
  return {
    id: p.ids.anilist,
    name: nameModel(p.name),
    languageV2: p.name.japanese ? 'Japanese' : 'English',
    image: { large: `${CDN}/staff/large/${file}`, medium: `${CDN}/staff/medium/${file}` },
    gender: p.gender === 'male' ? 'Male' : 'Female',
    primaryOccupations: occupations,
    siteUrl: `https://anilist.co/staff/${p.ids.anilist}`,
    favourites: (p.ids.mal % 997) * 7,
  };
}

function characterModel(c: FixtureCharacter) {
  const file = `b${c.ids.anilist}-${stableHex(`char${c.ids.anilist}`, 12)}.png`;
  return {
    id: c.ids.anilist,
    name: nameModel(c.name),
    image: { large: `${CDN}/character/large/${file}`, medium: `${CDN}/character/medium/${file}` },
    description: ({ asHtml }: { asHtml?: boolean | null }) => (asHtml ? `<p>${c.description}</p>` : c.description),
    gender: c.gender === 'unknown' ? null : c.gender === 'male' ? 'Male' : 'Female',
    siteUrl: `https://anilist.co/character/${c.ids.anilist}`,
    favourites: Math.round(c.favourites * 0.4),
  };
}

const CHARACTER_SORTS: Record<string, Comparator<FixtureCasting>> = {
  ...both<FixtureCasting>('ID', (c) => c.character.ids.anilist),
  ...both<FixtureCasting>('ROLE', (c) => (c.role === 'main' ? 0 : 1)),
  ...both<FixtureCasting>('FAVOURITES', (c) => c.character.favourites),
};

function characters(a: FixtureAnime, args: ConnectionArgs & { role?: string | null }) {
  const cast = sortBy(a.cast, args.sort, CHARACTER_SORTS).filter((c) => !args.role || c.role.toUpperCase() === args.role);
  const { items, pageInfo } = pageOf(cast, args.page, args.perPage);
  const edges = items.map((c, index) => ({
    id: a.ids.anilist * 100 + index,
    role: c.role.toUpperCase(),
    name: null,
    node: characterModel(c.character),
    favouriteOrder: null,
    // AniList answers Japanese voices when no language is asked for.
    voiceActors: ({ language }: { language?: string | null }) =>
      c.voices.filter((v) => v.language === LANGUAGE_ENUM[language ?? 'JAPANESE']).map((v) => staffModel(v.person, ['Voice Actor'])),
  }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo };
}

function staff(a: FixtureAnime, args: ConnectionArgs) {
  // One edge per job, as AniList lists a person once for each role.
  const jobs = a.staff.flatMap((s) => s.positions.map((role) => ({ s, role })));
  const sorted = sortBy(jobs, args.sort, { ...both('ID', (j) => j.s.person.ids.anilist), ...both('ROLE', (j) => j.role) });
  const { items, pageInfo } = pageOf(sorted, args.page, args.perPage);
  const edges = items.map((j, index) => ({
    id: a.ids.anilist * 100 + index,
    role: j.role,
    node: staffModel(j.s.person, j.s.positions),
    favouriteOrder: null,
  }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo };
}

/** A recommended anime outside the fixture: AniList knows it, the fake only its id and title. */
function stubMedia(r: FixtureRecommendation) {
  return {
    id: r.anilist,
    idMal: r.mal,
    type: 'ANIME',
    title: { romaji: r.title, english: null, native: null, userPreferred: r.title },
    siteUrl: `https://anilist.co/anime/${r.anilist}`,
  };
}

// Typed by hand: the media models inside refer back to mediaModel.
interface RecommendationNode {
  id: number;
  rating: number;
  media: () => unknown;
  mediaRecommendation: () => unknown;
}

function recommendations(
  a: FixtureAnime,
  args: ConnectionArgs,
): { edges: { node: RecommendationNode }[]; nodes: RecommendationNode[]; pageInfo: PageInfo } {
  const recs = a.recommendations.map((r, index) => ({ r, id: a.ids.anilist * 10 + index, rating: r.votes * 3 }));
  const sorted = sortBy(recs, args.sort, { ...both('ID', (x) => x.id), ...both('RATING', (x) => x.rating) });
  const { items, pageInfo } = pageOf(sorted, args.page, args.perPage);
  const nodes = items.map((x): RecommendationNode => {
    const target = findByAniList(x.r.anilist);
    return {
      id: x.id,
      rating: x.rating,
      media: () => mediaModel(a),
      mediaRecommendation: () => (target ? mediaModel(target) : stubMedia(x.r)),
    };
  });
  return { edges: nodes.map((node) => ({ node })), nodes, pageInfo };
}

const fuzzy = (date: string | null) => {
  const [year, month, day] = date ? date.split('-').map(Number) : [];
  return { year: year ?? null, month: month ?? null, day: day ?? null };
};

function externalLinks(a: FixtureAnime) {
  const links = [
    ...a.external.map((l) => ({ ...l, type: l.name === 'Twitter' ? 'SOCIAL' : 'INFO' })),
    ...a.streaming.map((s) => ({ name: s.name, url: s.url, language: undefined, type: 'STREAMING' })),
  ];
  return links.map((l, index) => ({
    id: a.ids.anilist * 10 + index,
    url: l.url,
    site: l.name,
    siteId: SITE_IDS[l.name] ?? null,
    type: l.type,
    language: l.language ?? null,
    color: l.type === 'STREAMING' ? `#${stableHex(l.name, 6).toUpperCase()}` : null,
    icon: SITE_IDS[l.name] ? `${CDN}/link/icon/${SITE_IDS[l.name]}-${stableHex(l.name, 12)}.png` : null,
    notes: null,
    isDisabled: false,
  }));
}

function streamingEpisodes(a: FixtureAnime) {
  if (!a.streaming.some((s) => s.name === 'Crunchyroll')) return [];
  return a.episodeList.map((e) => ({
    title: `Episode ${e.number} - ${e.title}`,
    thumbnail: `https://img1.ak.crunchyroll.com/i/spire1-tmb/${stableHex(`${a.route}${e.number}`, 40)}_full.jpg`,
    url: `https://www.crunchyroll.com/watch/G${stableHex(`${a.route}/${e.number}`, 8).toUpperCase()}/${slugify(e.title)}`,
    site: 'Crunchyroll',
  }));
}

export type MediaModel = ReturnType<typeof mediaModel>;

export function mediaModel(a: FixtureAnime) {
  const s = a.scores.anilist;
  const cover = `${a.images.anilist}.jpg`;
  const text = paragraphs(a.synopsis).join('<br><br>\n');
  const next = a.airing ? nextBroadcast(a.airing, new Date()) : null;
  return {
    id: a.ids.anilist,
    idMal: a.ids.mal,
    type: 'ANIME',
    format: a.format === 'Movie' ? 'MOVIE' : 'TV',
    status: () => (a.status === 'airing' ? 'RELEASING' : 'FINISHED'),
    title: { romaji: a.titles.romaji, english: a.titles.english, native: a.titles.native, userPreferred: a.titles.romaji },
    description: ({ asHtml }: { asHtml?: boolean | null }) => (asHtml ? `<p>${text}</p>` : text),
    startDate: fuzzy(a.aired.from),
    endDate: fuzzy(a.aired.to),
    season: a.season.name.toUpperCase(),
    seasonYear: a.season.year,
    episodes: a.episodes,
    duration: a.durationMin,
    source: () => a.source.toUpperCase().replace(/ /g, '_'),
    genres: [...a.genres, ...a.themes].filter((g) => GENRES.has(g)),
    synonyms: a.titles.synonyms,
    averageScore: s.averageScore,
    meanScore: s.meanScore,
    popularity: s.popularity,
    favourites: s.favourites,
    isAdult: false,
    trailer: a.trailer ? { id: a.trailer, site: 'youtube', thumbnail: `https://i.ytimg.com/vi/${a.trailer}/hqdefault.jpg` } : null,
    coverImage: {
      extraLarge: `${CDN}/media/anime/cover/large/${cover}`,
      large: `${CDN}/media/anime/cover/medium/${cover}`,
      medium: `${CDN}/media/anime/cover/small/${cover}`,
      color: `#${stableHex(a.route, 6)}`,
    },
    bannerImage: `${CDN}/media/anime/banner/${a.ids.anilist}-${stableHex(`banner${a.route}`, 12)}.jpg`,
    studios: ({ isMain }: { isMain?: boolean | null }) => {
      const edges = a.studios
        .filter(() => isMain !== false)
        .map((st) => ({
          id: st.ids.anilist,
          isMain: true,
          node: {
            id: st.ids.anilist,
            name: st.name,
            isAnimationStudio: true,
            siteUrl: `https://anilist.co/studio/${st.ids.anilist}`,
            favourites: st.ids.mal * 31,
          },
        }));
      return { edges, nodes: edges.map((e) => e.node), pageInfo: pageOf(edges, 1, 25).pageInfo };
    },
    externalLinks: externalLinks(a),
    streamingEpisodes: streamingEpisodes(a),
    characters: (args: ConnectionArgs & { role?: string | null }) => characters(a, args),
    staff: (args: ConnectionArgs) => staff(a, args),
    recommendations: (args: ConnectionArgs) => recommendations(a, args),
    nextAiringEpisode: next && {
      id: a.ids.anilist * 10_000 + next.episode,
      airingAt: Math.floor(next.at.getTime() / 1000),
      timeUntilAiring: Math.floor((next.at.getTime() - Date.now()) / 1000),
      episode: next.episode,
      mediaId: a.ids.anilist,
      media: (): unknown => mediaModel(a),
    },
    siteUrl: `https://anilist.co/anime/${a.ids.anilist}`,
  };
}
